// Loading the recognizer's word lists (data/dictionaries/{ar,en}/*.tsv).
#include <array>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "marsad/geo.h"
#include "marsad/tsv.h"

namespace marsad::geo {
namespace {

size_t WordCount(std::string_view key) {
  if (key.empty()) return 0;
  size_t n = 1;
  for (char c : key) n += c == ' ';
  return n;
}

Status ReadIfPresent(const std::filesystem::path& p, size_t min_fields,
                     const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn) {
  if (!std::filesystem::exists(p)) return Status::Ok();
  return ReadTsv(p.string(), min_fields, fn);
}

Result<float> ParseFloat(std::string_view s, const char* what) {
  std::string v(s);
  char* end = nullptr;
  float f = std::strtof(v.c_str(), &end);
  if (v.empty() || end != v.c_str() + v.size()) return InvalidInput(std::string("bad ") + what + " '" + v + "'");
  return f;
}

}  // namespace

Result<Lexicons> LoadLexicons(const std::string& dir) {
  Lexicons lex;
  if (!std::filesystem::is_directory(dir)) return NotFound("dictionary directory not found: " + dir);
  for (const char* lang : {"ar", "en"}) {
    std::filesystem::path base = std::filesystem::path(dir) / lang;
    RETURN_IF_ERROR(ReadIfPresent(base / "place_cues.tsv", 3, [&](const auto& f, size_t) -> Status {
      Cue c;
      c.kind = std::string(Trim(f[1]));
      std::string_view pos = Trim(f[2]);
      if (pos != "before" && pos != "after") return InvalidInput("position must be before or after");
      c.before = pos == "before";
      if (f.size() > 3) c.feature_hint = std::string(Trim(f[3]));
      if (f.size() > 4 && !Trim(f[4]).empty()) {
        ASSIGN_OR_RETURN(c.weight, ParseFloat(Trim(f[4]), "weight"));
      }
      std::string key = text::NormalizeKey(f[0]);
      if (key.empty()) return InvalidInput("empty cue");
      lex.max_cue_words = std::max(lex.max_cue_words, WordCount(key));
      if (c.kind == "facility" && (c.feature_hint.starts_with("R.ST") || c.feature_hint.starts_with("S.SQR")))
        (c.before ? lex.street_cues_before : lex.street_cues_after).push_back(key);
      (c.before ? lex.cues_before : lex.cues_after)[key] = c;
      return Status::Ok();
    }));
    RETURN_IF_ERROR(ReadIfPresent(base / "relations.tsv", 3, [&](const auto& f, size_t) -> Status {
      RelationWord r;
      r.kind = std::string(Trim(f[2]));
      std::string_view b = Trim(f[1]);
      r.bearing = -1.0f;
      if (!b.empty()) {
        ASSIGN_OR_RETURN(r.bearing, ParseFloat(b, "bearing"));
      }
      std::string key = text::NormalizeKey(f[0]);
      if (key.empty()) return InvalidInput("empty relation phrase");
      lex.max_relation_words = std::max(lex.max_relation_words, WordCount(key));
      lex.relations[key] = r;
      return Status::Ok();
    }));
    RETURN_IF_ERROR(ReadIfPresent(base / "nonplace_words.tsv", 1, [&](const auto& f, size_t) -> Status {
      std::string key = text::NormalizeKey(f[0]);
      if (!key.empty()) lex.nonplace[key] = f.size() > 1 ? std::string(Trim(f[1])) : "";
      if (key.find(' ') != std::string::npos) lex.nonplace_phrases[key] = true;
      return Status::Ok();
    }));
    RETURN_IF_ERROR(ReadIfPresent(base / "person_cues.tsv", 2, [&](const auto& f, size_t) -> Status {
      std::string key = text::NormalizeKey(f[0]);
      if (key.empty()) return Status::Ok();
      const bool after = Trim(f[1]) == "after";
      if (f.size() > 2 && Trim(f[2]) == "speech") (after ? lex.speech_after : lex.speech_before)[key] = true;
      else if (f.size() > 2 && Trim(f[2]) == "victim") {
        if (!after) lex.victim_before[key] = true;
      } else (after ? lex.person_after : lex.person_before)[key] = true;
      return Status::Ok();
    }));
    RETURN_IF_ERROR(ReadIfPresent(base / "org_cues.tsv", 2, [&](const auto& f, size_t) -> Status {
      std::string key = text::NormalizeKey(f[0]);
      if (key.empty()) return Status::Ok();
      (Trim(f[1]) == "after" || Trim(f[1]) == "after_title" ? lex.org_after : lex.org_before)[key] = true;
      if (Trim(f[1]) == "before_state") lex.org_state_before[key] = true;
      if (Trim(f[1]) == "after_title") lex.org_title_after[key] = true;
      return Status::Ok();
    }));
    RETURN_IF_ERROR(ReadIfPresent(base / "demonyms.tsv", 2, [&](const auto& f, size_t) -> Status {
      std::string key = text::NormalizeKey(f[0]);
      if (!key.empty()) lex.demonyms[key] = std::string(Trim(f[1]));
      return Status::Ok();
    }));
    RETURN_IF_ERROR(ReadIfPresent(base / "name_descriptors.tsv", 3, [&](const auto& f, size_t) -> Status {
      std::string key = text::NormalizeKey(f[0]);
      if (key.empty()) return Status::Ok();
      std::string_view pos = Trim(f[1]);
      if (pos != "before" && pos != "after") return InvalidInput("position must be before or after");
      (pos == "before" ? lex.descriptors_before : lex.descriptors_after)[key] = std::string(Trim(f[2]));
      return Status::Ok();
    }));
    RETURN_IF_ERROR(ReadIfPresent(base / "clitic_exceptions.tsv", 1, [&](const auto& f, size_t) -> Status {
      std::string key = text::NormalizeKey(f[0]);
      if (!key.empty()) lex.clitic_exceptions[key] = true;
      return Status::Ok();
    }));
  }
  // outlets.tsv (dir itself): id, name, aliases ('|'-separated), ... — the one-word aliases
  // that are no domain.
  RETURN_IF_ERROR(ReadIfPresent(std::filesystem::path(dir) / "outlets.tsv", 3, [&](const auto& f, size_t) -> Status {
    std::string_view aliases = f[2];
    while (!aliases.empty()) {
      const size_t bar = aliases.find('|');
      const std::string_view a = Trim(aliases.substr(0, bar));
      aliases = bar == std::string_view::npos ? std::string_view() : aliases.substr(bar + 1);
      if (a.empty() || a.find(' ') != std::string_view::npos || a.find('.') != std::string_view::npos) continue;
      std::string key = text::NormalizeKey(a);
      if (!key.empty()) lex.outlet_aliases[key] = true;
    }
    return Status::Ok();
  }));
  // The data directory's models/ beside dictionaries/; a missing file named by $MARSAD_RANKER
  // is an error, a data directory of one's own without models/ keeps the hand-set weights.
  const std::string ranker = RankerPath(std::filesystem::path(dir).parent_path().string());
  const char* env = std::getenv("MARSAD_RANKER");
  if ((env && *env) || std::filesystem::exists(ranker)) {
    ASSIGN_OR_RETURN(lex.ranker, LoadRanker(ranker));
  }
  return lex;
}

std::string RankerPath(const std::string& data_dir) {
  const char* env = std::getenv("MARSAD_RANKER");
  return env && *env ? std::string(env) : (std::filesystem::path(data_dir) / "models" / "ranker.tsv").string();
}

Result<RankerModel> LoadRanker(const std::string& path) {
  RankerModel m;
  m.path = path;
  if (!std::filesystem::exists(path)) return NotFound("ranker model not found: " + path);
  std::array<bool, kNumRankFeatures> seen{};
  RETURN_IF_ERROR(ReadTsv(path, 2, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    const std::string_view name = Trim(f[0]);
    size_t k = 0;
    while (k < kNumRankFeatures && kRankFeatures[k] != name) ++k;
    if (k == kNumRankFeatures) return InvalidInput("unknown ranker feature '" + std::string(name) + "'");
    if (seen[k]) return InvalidInput("ranker feature '" + std::string(name) + "' given twice");
    seen[k] = true;
    ASSIGN_OR_RETURN(float w, ParseFloat(Trim(f[1]), "weight"));
    if (!(w > 0.0f && w <= 20.0f)) return InvalidInput("ranker weight of '" + std::string(name) + "' not in (0, 20]");
    m.weights[k] = w;
    return Status::Ok();
  }, &m.version));
  // The version: the first comment line, as written by scripts/train-ranker.py.
  if (m.version.empty()) m.version = path;
  return m;
}

}  // namespace marsad::geo
