// The learned pair scorer: the words reports are compared by, the features of a pair of
// reports, and the logistic model over them (marsad/records.h, docs/merge.md).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "internal.h"
#include "marsad/mapped_file.h"
#include "marsad/records.h"
#include "marsad/text.h"
#include "marsad/tsv.h"

namespace marsad::records {

const char* const kFeatureNames[kFeatures] = {
    "bias",           "chargram_jaccard", "word_cosine",  "rare_words_shared", "numbers_shared", "date_gap",
    "own_days_apart", "same_place",       "same_admin1",  "within_50km",       "same_country",   "same_type",
    "same_sub_type",  "actor_overlap",    "actors_contradict", "tolls_agree",  "tolls_differ",
    "distinct_localities", "rare_words_unshared"};

namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Number words (after key normalization: ة → ه) as digits: "ثمانيه" and "8" are one toll.
std::string_view NumberWord(std::string_view w) {
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"اثنان", "2"}, {"اثنين", "2"}, {"ثلاثه", "3"}, {"ثلاث", "3"},  {"اربعه", "4"}, {"اربع", "4"},
      {"خمسه", "5"},  {"خمس", "5"},   {"سته", "6"},   {"ست", "6"},    {"سبعه", "7"},  {"سبع", "7"},
      {"ثمانيه", "8"}, {"ثماني", "8"}, {"تسعه", "9"},  {"تسع", "9"},   {"عشره", "10"}, {"عشر", "10"},
      {"عشرين", "20"}, {"عشرون", "20"}, {"ثلاثين", "30"}, {"اربعين", "40"}, {"خمسين", "50"}, {"مائه", "100"},
      {"مئه", "100"}};
  for (auto [k, v] : kWords)
    if (w == k) return v;
  return {};
}

// One key-normalized token as the scorer's word, "" when it carries nothing.
std::string Stem(std::string_view t) {
  if (!t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    // Years and other four-digit numbers date the article, not the incident.
    if (t.size() == 4 && (StartsWith(t, "19") || StartsWith(t, "20"))) return {};
    return "#" + std::string(t);
  }
  // The conjunction and the article (والحوثي → حوثي), else a proclitic preposition on a
  // long word (بمحافظة → محافظه; short words keep theirs: بلده).
  static const std::string_view kArticles[] = {"وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"};
  bool stripped = false;
  for (auto p : kArticles)
    if (StartsWith(t, p) && CodePoints(t) - CodePoints(p) >= 2) {
      t.remove_prefix(p.size());
      stripped = true;
      break;
    }
  if (!stripped)
    for (std::string_view p : {"و", "ف", "ب", "ل"})
      if (StartsWith(t, p) && CodePoints(t) >= 5) {
        t.remove_prefix(p.size());
        break;
      }
  if (auto n = NumberWord(t); !n.empty()) return "#" + std::string(n);
  for (std::string_view s : {"ين", "ون", "ات", "ان", "ه"})
    if (t.size() > s.size() && t.substr(t.size() - s.size()) == s && CodePoints(t) - CodePoints(s) >= 3) {
      t.remove_suffix(s.size());
      break;
    }
  return CodePoints(t) >= 2 ? std::string(t) : std::string();
}

// Sorted shared entries of two (hash, idf) lists: calls f(idf) for each.
template <typename F>
void ForShared(const std::vector<std::pair<uint32_t, float>>& a, const std::vector<std::pair<uint32_t, float>>& b,
               F&& f) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      f(a[i].first, a[i].second);
      ++i, ++j;
    }
  }
}

constexpr uint32_t kNumberTag = 0x80000000u;  // the high bit marks "#N" words

}  // namespace

uint32_t WordHash(std::string_view w) {
  uint32_t h = 2166136261u;  // FNV-1a; the high bit is the number tag
  for (unsigned char c : w) h = (h ^ c) * 16777619u;
  h &= ~kNumberTag;
  return !w.empty() && w[0] == '#' ? h | kNumberTag : h;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string key = text::NormalizeKey(text);
  std::string_view k = key;
  while (!k.empty()) {
    size_t sp = k.find(' ');
    std::string_view tok = k.substr(0, sp);
    k = sp == std::string_view::npos ? std::string_view() : k.substr(sp + 1);
    if (std::string w = Stem(tok); !w.empty()) out.push_back(std::move(w));
  }
  return out;
}

void PrepareWords(Report* r, const MergeModel& m) {
  r->words.clear();
  r->keys.clear();
  for (const std::string& w : Words(r->sentences)) {
    uint32_t h = WordHash(w);
    r->words.emplace_back(h, m.Idf(h));
  }
  std::sort(r->words.begin(), r->words.end());
  r->words.erase(std::unique(r->words.begin(), r->words.end()), r->words.end());
  double norm = 0;
  for (auto [h, idf] : r->words) {
    norm += double(idf) * idf;
    if (m.Rare(idf)) r->keys.push_back(h);
  }
  r->words_norm = static_cast<float>(std::sqrt(norm));
  // The place is a key too: reports of one locality meet however they are worded.
  if (!r->place_key.empty()) r->keys.push_back(WordHash("@" + r->place_key) & ~kNumberTag);
  std::sort(r->keys.begin(), r->keys.end());
  r->keys.erase(std::unique(r->keys.begin(), r->keys.end()), r->keys.end());
}

Features PairFeatures(const Report& a, const Report& b, const MergeOptions& opt) {
  Features f{};
  f[0] = 1;
  f[1] = static_cast<float>(TextSimilarity(a, b));
  double dot = 0, rare_shared_idf = 0;
  int rare = 0, numbers = 0;
  const MergeModel* m = opt.model.get();
  auto rare_word = [&](uint32_t h, float idf) { return m != nullptr && m->Rare(idf) && !(h & kNumberTag); };
  ForShared(a.words, b.words, [&](uint32_t h, float idf) {
    dot += double(idf) * idf;
    rare += rare_word(h, idf);
    if (rare_word(h, idf)) rare_shared_idf += idf;
    numbers += (h & kNumberTag) != 0;
  });
  // The rare words (places, names, objects) of the report that has fewer that the other
  // lacks: two strikes in one city differ in their district, target or weapon.
  auto rare_mass = [&](const Report& r) {
    double s = 0;
    for (auto [h, idf] : r.words) s += rare_word(h, idf) ? idf : 0;
    return s;
  };
  double least = std::min(rare_mass(a), rare_mass(b));
  f[2] = a.words_norm > 0 && b.words_norm > 0 ? static_cast<float>(dot / (double(a.words_norm) * b.words_norm)) : 0;
  f[3] = std::log1p(static_cast<float>(rare));
  f[4] = static_cast<float>(std::min(numbers, 3));
  int gap = std::max(0, std::max(a.day_lo, b.day_lo) - std::min(a.day_hi, b.day_hi));
  f[5] = static_cast<float>(gap);
  f[6] = gap > 0 && a.date_source.empty() && b.date_source.empty();
  f[7] = !a.place_key.empty() && a.place_key == b.place_key;
  f[8] = !a.admin1.empty() && a.country == b.country && a.admin1 == b.admin1;
  f[9] = a.has_point && b.has_point && DistanceKm(a.lat, a.lon, b.lat, b.lon) <= opt.region_km;
  f[10] = !a.country.empty() && a.country == b.country;
  f[11] = a.event_type == b.event_type;
  f[12] = a.sub_event_type == b.sub_event_type;
  f[13] = static_cast<float>(ActorOverlap(a, b));
  f[14] = ActorsContradict(a, b);
  f[15] = a.toll_stated && b.toll_stated && a.fatalities == b.fatalities && a.fatalities > 0;
  f[16] = a.toll_stated && b.toll_stated && a.fatalities != b.fatalities;
  // Two towns (or sites) the extractor placed each report in, apart: Tarmiyah and Baghdad.
  auto local = [](const Report& r) { return !r.feature.empty() && (r.feature[0] == 'P' || r.feature[0] == 'S'); };
  f[17] = local(a) && local(b) && a.place_key != b.place_key &&
          !(a.has_point && b.has_point && DistanceKm(a.lat, a.lon, b.lat, b.lon) <= opt.near_km);
  f[18] = least > 0 ? static_cast<float>(1 - std::min(1.0, rare_shared_idf / least)) : 0;
  return f;
}

// ---------------------------------------------------------------- the model file
float MergeModel::Idf(uint32_t h) const {
  auto it = std::lower_bound(df_.begin(), df_.end(), std::make_pair(h, uint32_t{0}));
  double df = it != df_.end() && it->first == h ? it->second : 0;
  return static_cast<float>(std::log((docs_ + 1) / (df + 1)));
}

double MergeModel::Logit(const Features& f) const {
  double z = 0;
  for (size_t i = 0; i < kFeatures; ++i) z += double(w_[i]) * f[i];
  return z;
}

Result<std::shared_ptr<const MergeModel>> MergeModel::Parse(std::string_view text, std::string_view name) {
  auto m = std::make_shared<MergeModel>();
  LineCursor lines(text);
  std::string_view line;
  double rare_df = 0;
  std::vector<bool> seen(kFeatures);
  while (lines.Next(&line)) {
    if (LineCursor::Blank(line) || line[0] == '#') continue;
    auto cols = Split(line, '\t');
    auto fail = [&](const std::string& why) {
      return InvalidInput(std::string(name) + ":" + std::to_string(lines.line_no()) + ": " + why);
    };
    auto num = [&](std::string_view s, double* v) {
      std::string z(s);
      char* end = nullptr;
      *v = std::strtod(z.c_str(), &end);
      return !z.empty() && end == z.c_str() + z.size() && std::isfinite(*v);
    };
    double v = 0;
    if (cols[0] == "docs" && cols.size() == 2 && num(cols[1], &v) && v >= 1) {
      m->docs_ = v;
    } else if (cols[0] == "rare_df" && cols.size() == 2 && num(cols[1], &v) && v >= 0) {
      rare_df = v;
    } else if (cols[0] == "threshold" && cols.size() == 2 && num(cols[1], &v)) {
      m->threshold_ = v;
    } else if (cols[0] == "weight" && cols.size() == 3 && num(cols[2], &v)) {
      auto it = std::find(std::begin(kFeatureNames), std::end(kFeatureNames), cols[1]);
      if (it == std::end(kFeatureNames)) return fail("unknown feature \"" + std::string(cols[1]) + "\"");
      m->w_[it - std::begin(kFeatureNames)] = static_cast<float>(v);
      seen[it - std::begin(kFeatureNames)] = true;
    } else if (cols[0] == "df" && cols.size() == 3 && num(cols[2], &v) && v >= 0) {
      m->df_.emplace_back(WordHash(cols[1]), static_cast<uint32_t>(v));
    } else {
      return fail("expected docs N, rare_df N, threshold X, weight FEATURE X or df WORD N");
    }
  }
  for (size_t i = 0; i < kFeatures; ++i)
    if (!seen[i]) return InvalidInput(std::string(name) + ": no weight for feature " + kFeatureNames[i]);
  std::sort(m->df_.begin(), m->df_.end());
  // Two words of one hash: the larger count stands (it only makes a word look commoner).
  std::vector<std::pair<uint32_t, uint32_t>> uniq;
  for (auto e : m->df_)
    if (!uniq.empty() && uniq.back().first == e.first) uniq.back().second = std::max(uniq.back().second, e.second);
    else uniq.push_back(e);
  m->df_ = std::move(uniq);
  m->rare_idf_ = static_cast<float>(std::log((m->docs_ + 1) / (rare_df + 1)));
  return std::shared_ptr<const MergeModel>(std::move(m));
}

Result<std::shared_ptr<const MergeModel>> MergeModel::Load(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status().WithContext("the merge model");
  return Parse(*text, path);
}

}  // namespace marsad::records
