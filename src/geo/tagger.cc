// The averaged structured perceptron of marsad/tagger.h: features, Viterbi, training and
// the model file.
#include "marsad/tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <numeric>
#include <random>
#include <unordered_map>

namespace marsad::geo {

namespace {

constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'T', 'A', 'G', '1'};
constexpr size_t kHeaderSize = 8 + 4 * 4;
constexpr float kNegInf = -std::numeric_limits<float>::infinity();

uint64_t Fnv(const void* data, size_t n, uint64_t h = 1469598103934665603ull) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 1099511628211ull;
  }
  return h;
}

// Tags: 0 O, 1 B-PLACE, 2 I-PLACE, 3 B-PER, 4 I-PER, 5 B-ORG, 6 I-ORG.
bool IsInside(int t) { return t > 0 && t % 2 == 0; }
bool Allowed(int prev, int cur) {  // prev == kNumTags: the start state
  if (!IsInside(cur)) return true;
  return prev != kNumTags && prev != 0 && (prev + 1) / 2 == cur / 2;
}

// Collects hashed feature rows for one token.
class FeatureSink {
 public:
  FeatureSink(std::vector<uint32_t>* out, uint32_t mask) : out_(out), mask_(mask) {}
  void Add(char tmpl, std::string_view a, std::string_view b = {}) {
    uint64_t h = Fnv(&tmpl, 1);
    h = Fnv(a.data(), a.size(), h);
    if (!b.empty()) {
      h = Fnv("|", 1, h);
      h = Fnv(b.data(), b.size(), h);
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    out_->push_back(static_cast<uint32_t>(h) & mask_);
  }

 private:
  std::vector<uint32_t>* out_;
  uint32_t mask_;
};

// Code-point prefix/suffix of a UTF-8 key.
std::string_view CpPrefix(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}
std::string_view CpSuffix(std::string_view s, size_t n) {
  size_t i = s.size();
  for (size_t k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.substr(i);
}
size_t CpLen(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// What the gazetteer says about a key: a bit per feature class and a few marks.
struct GazInfo {
  bool found = false;
  char best_class = 0;
  bool country = false, admin1 = false, official = false;
};

GazInfo LookupInfoUncached(const gazetteer::Gazetteer& gaz, std::string_view key);

// Per-thread memo of LookupInfo for one document (names repeat within an article).
thread_local std::unordered_map<std::string, GazInfo> lookup_memo;

GazInfo LookupInfo(const gazetteer::Gazetteer& gaz, const std::string& key) {
  auto it = lookup_memo.find(key);
  if (it != lookup_memo.end()) return it->second;
  GazInfo g = LookupInfoUncached(gaz, key);
  lookup_memo.emplace(key, g);
  return g;
}

GazInfo LookupInfoUncached(const gazetteer::Gazetteer& gaz, std::string_view key) {
  GazInfo g;
  auto postings = gaz.Lookup(key);
  if (postings.empty()) return g;
  g.found = true;
  uint64_t best_pop = 0;
  size_t n = std::min<size_t>(postings.size(), 16);
  for (size_t k = 0; k < n; ++k) {
    const auto& p = postings[k];
    auto pv = gaz.Place(p.place);
    if (g.best_class == 0 || pv.population > best_pop) {
      best_pop = pv.population;
      g.best_class = pv.feature_class;
    }
    if (pv.feature_code.starts_with("PCL")) g.country = true;
    if (pv.feature_code == "ADM1") g.admin1 = true;
    if (p.flags & gazetteer::kNameOfficial) g.official = true;
  }
  return g;
}

std::string GazTag(const GazInfo& g) {
  std::string s(1, g.best_class ? g.best_class : '?');
  if (g.country) s += 'C';
  if (g.admin1) s += '1';
  if (g.official) s += 'O';
  return s;
}

char LenBucket(size_t n) { return n <= 1 ? '1' : n == 2 ? '2' : n == 3 ? '3' : n <= 5 ? '5' : n <= 8 ? '8' : '9'; }

// Features of every token of a document, flattened: rows[off[i] .. off[i+1]).
struct DocFeatures {
  std::vector<uint32_t> rows;
  std::vector<uint32_t> off;
  size_t size() const { return off.empty() ? 0 : off.size() - 1; }
};

// The key a token stands for in word features (numbers collapse to their shape).
std::string_view WordKey(const text::Tokens& t, long i) {
  if (i < 0) return "<s>";
  if (static_cast<size_t>(i) >= t.tokens.size()) return "</s>";
  const auto& tok = t.tokens[i];
  if (tok.kind == text::TokenKind::kNumber) return "<num>";
  if (tok.kind == text::TokenKind::kUrl) return "<url>";
  if (tok.kind == text::TokenKind::kMention) return "<@>";
  return t.Key(tok);
}

template <typename Map>
const typename Map::mapped_type* FindAny(const Map& m, const text::Tokens& t, long i) {
  if (i < 0 || static_cast<size_t>(i) >= t.tokens.size()) return nullptr;
  for (const auto& s : t.Stems(i)) {
    auto it = m.find(s);
    if (it != m.end()) return &it->second;
  }
  return nullptr;
}

void ComputeFeatures(const text::Tokens& t, const TaggerContext& ctx, uint32_t rows, DocFeatures* out) {
  const size_t n = t.tokens.size();
  out->rows.clear();
  out->off.assign(1, 0);
  out->rows.reserve(n * 48);
  const uint32_t mask = rows - 1;
  FeatureSink f(&out->rows, mask);

  // Gazetteer spans: for each start token, the 1-3 token windows that are names (the
  // first token may stand for any of its clitic stems).
  struct GazSpan {
    uint32_t begin, len;
    GazInfo info;
  };
  std::vector<GazSpan> spans;
  std::vector<GazInfo> tok_info(n), stem_info(n);
  if (ctx.gazetteer) {
    const auto& gaz = *ctx.gazetteer;
    lookup_memo.clear();
    std::string key;
    for (size_t i = 0; i < n; ++i) {
      const auto& tok = t.tokens[i];
      if (tok.kind != text::TokenKind::kWord && tok.kind != text::TokenKind::kHashtag) continue;
      const auto& stems = t.Stems(i);
      for (size_t s = 0; s < stems.size() && s < 4; ++s) {
        key = stems[s];
        GazInfo one = LookupInfo(gaz, key);
        if (s == 0) tok_info[i] = one;
        else if (one.found && !stem_info[i].found) stem_info[i] = one;
        if (one.found) spans.push_back({static_cast<uint32_t>(i), 1, one});
        for (size_t len = 2; len <= 3 && i + len <= n; ++len) {
          if (!gaz.IsPrefix(key)) break;
          const auto& nt = t.tokens[i + len - 1];
          if (nt.kind != text::TokenKind::kWord) break;
          key += ' ';
          key += t.Key(nt);
          GazInfo g = LookupInfo(gaz, key);
          if (g.found) spans.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(len), g});
        }
      }
    }
  }
  // Longest gazetteer span covering each token, and where the token sits in it.
  std::vector<int> cover(n, -1);
  for (size_t k = 0; k < spans.size(); ++k) {
    for (uint32_t j = spans[k].begin; j < spans[k].begin + spans[k].len; ++j) {
      if (cover[j] < 0 || spans[cover[j]].len < spans[k].len) cover[j] = static_cast<int>(k);
    }
  }

  const Lexicons* lex = ctx.lexicons;
  for (size_t i = 0; i < n; ++i) {
    const long li = static_cast<long>(i);
    const auto& tok = t.tokens[i];
    std::string_view w = WordKey(t, li);
    f.Add('b', "");
    f.Add('w', w);
    f.Add('p', WordKey(t, li - 1));
    f.Add('n', WordKey(t, li + 1));
    f.Add('P', WordKey(t, li - 2));
    f.Add('N', WordKey(t, li + 2));
    f.Add('x', WordKey(t, li - 1), w);
    f.Add('y', w, WordKey(t, li + 1));
    if (tok.kind == text::TokenKind::kWord) {
      const auto& stems = t.Stems(i);
      for (size_t s = 1; s < stems.size() && s < 4; ++s) f.Add('s', stems[s]);
      std::string_view core = stems.size() > 1 ? std::string_view(stems.back()) : w;
      for (size_t k = 1; k <= 3; ++k) {
        f.Add(static_cast<char>('0' + k), CpPrefix(w, k));
        f.Add(static_cast<char>('3' + k), CpSuffix(w, k));
      }
      if (core != w) {
        f.Add('7', CpPrefix(core, 2));
        f.Add('8', CpSuffix(core, 2));
      }
    }
    // Shape.
    char shape[12];
    size_t sl = 0;
    shape[sl++] = static_cast<char>('a' + static_cast<int>(tok.script));
    shape[sl++] = static_cast<char>('a' + static_cast<int>(tok.kind));
    shape[sl++] = tok.Has(text::kCapitalized) ? 'C' : 'c';
    shape[sl++] = tok.Has(text::kAllCaps) ? 'A' : 'a';
    shape[sl++] = tok.Has(text::kHashtagPart) ? (tok.Has(text::kHashtagFirst) ? 'H' : 'h') : '-';
    shape[sl++] = tok.Has(text::kDigitGlue) ? 'G' : 'g';
    shape[sl++] = LenBucket(CpLen(w));
    f.Add('S', std::string_view(shape, sl));
    f.Add('T', std::string_view(shape, 4));
    bool prev_cap = i > 0 && t.tokens[i - 1].Has(text::kCapitalized);
    bool next_cap = i + 1 < n && t.tokens[i + 1].Has(text::kCapitalized);
    bool sent_start = i == 0 || tok.Has(text::kNewlineBefore) || t.tokens[i - 1].kind == text::TokenKind::kPunct;
    char ctxs[4] = {prev_cap ? 'P' : 'p', shape[2], next_cap ? 'N' : 'n', sent_start ? 'S' : 's'};
    f.Add('K', std::string_view(ctxs, 4));
    if (tok.Has(text::kNewlineBefore)) f.Add('L', "nl");
    // Gazetteer.
    if (ctx.gazetteer) {
      if (tok_info[i].found) f.Add('g', GazTag(tok_info[i]));
      else f.Add('g', "-");
      if (stem_info[i].found) f.Add('G', GazTag(stem_info[i]));
      if (cover[i] >= 0) {
        const auto& s = spans[cover[i]];
        char pos = s.len == 1 ? 'U' : i == s.begin ? 'B' : i + 1 == s.begin + s.len ? 'E' : 'I';
        char lens[2] = {pos, static_cast<char>('0' + s.len)};
        f.Add('z', std::string_view(lens, 2), GazTag(s.info));
        f.Add('Z', std::string_view(lens, 2), std::string_view(shape, 3));
      } else {
        f.Add('z', "none");
      }
    }
    // Cue words and lexicons.
    if (lex) {
      if (auto* c = FindAny(lex->cues_before, t, li - 1)) f.Add('C', c->kind);
      if (auto* c = FindAny(lex->cues_before, t, li - 2)) f.Add('D', c->kind);
      if (auto* c = FindAny(lex->cues_after, t, li + 1)) f.Add('E', c->kind);
      if (auto* c = FindAny(lex->cues_after, t, li + 2)) f.Add('F', c->kind);
      if (auto* c = FindAny(lex->relations, t, li - 1)) f.Add('R', c->kind);
      if (FindAny(lex->person_before, t, li - 1)) f.Add('Q', "pb1");
      if (FindAny(lex->person_before, t, li - 2)) f.Add('Q', "pb2");
      if (FindAny(lex->person_after, t, li + 1)) f.Add('Q', "pa1");
      if (FindAny(lex->org_before, t, li - 1)) f.Add('Q', "ob1");
      if (FindAny(lex->org_before, t, li - 2)) f.Add('Q', "ob2");
      if (FindAny(lex->org_after, t, li + 1)) f.Add('Q', "oa1");
      if (FindAny(lex->person_before, t, li)) f.Add('Q', "p0");
      if (FindAny(lex->org_before, t, li)) f.Add('Q', "o0");
      if (FindAny(lex->cues_before, t, li)) f.Add('Q', "c0");
      if (FindAny(lex->nonplace, t, li)) f.Add('X', "np");
      if (FindAny(lex->demonyms, t, li)) f.Add('M', "dm");
    }
    out->off.push_back(static_cast<uint32_t>(out->rows.size()));
  }
}

// Emission scores n x kNumTags.
void Emissions(const DocFeatures& df, const float* w, std::vector<float>* em) {
  const size_t n = df.size();
  em->assign(n * kNumTags, 0.f);
  for (size_t i = 0; i < n; ++i) {
    float* e = em->data() + i * kNumTags;
    for (uint32_t k = df.off[i]; k < df.off[i + 1]; ++k) {
      const float* row = w + static_cast<size_t>(df.rows[k]) * kNumTags;
      for (int t = 0; t < kNumTags; ++t) e[t] += row[t];
    }
  }
}

// Max-product forward pass and backtrace; fills tags. With `mm`, also the max-marginal
// of every (token, tag): the best path score constrained through it.
float Viterbi(const std::vector<float>& em, size_t n, const float* trans, std::vector<int>* tags,
              std::vector<float>* mm) {
  tags->assign(n, 0);
  if (n == 0) return 0;
  std::vector<float> alpha(n * kNumTags);
  std::vector<uint8_t> back(n * kNumTags);
  for (int t = 0; t < kNumTags; ++t)
    alpha[t] = Allowed(kNumTags, t) ? trans[kNumTags * kNumTags + t] + em[t] : kNegInf;
  for (size_t i = 1; i < n; ++i) {
    for (int t = 0; t < kNumTags; ++t) {
      float best = kNegInf;
      int arg = 0;
      for (int p = 0; p < kNumTags; ++p) {
        if (!Allowed(p, t)) continue;
        float s = alpha[(i - 1) * kNumTags + p] + trans[p * kNumTags + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[i * kNumTags + t] = best + em[i * kNumTags + t];
      back[i * kNumTags + t] = static_cast<uint8_t>(arg);
    }
  }
  int last = 0;
  for (int t = 1; t < kNumTags; ++t)
    if (alpha[(n - 1) * kNumTags + t] > alpha[(n - 1) * kNumTags + last]) last = t;
  float best = alpha[(n - 1) * kNumTags + last];
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = last;
    if (i > 0) last = back[i * kNumTags + last];
  }
  if (mm) {
    std::vector<float> beta(n * kNumTags, 0.f);
    for (size_t i = n - 1; i-- > 0;) {
      for (int t = 0; t < kNumTags; ++t) {
        float b = kNegInf;
        for (int x = 0; x < kNumTags; ++x) {
          if (!Allowed(t, x)) continue;
          b = std::max(b, trans[t * kNumTags + x] + em[(i + 1) * kNumTags + x] + beta[(i + 1) * kNumTags + x]);
        }
        beta[i * kNumTags + t] = b;
      }
    }
    mm->resize(n * kNumTags);
    for (size_t k = 0; k < n * kNumTags; ++k) (*mm)[k] = alpha[k] + beta[k];
  }
  return best;
}

std::vector<TaggedSpan> SpansOf(const text::Tokens& tokens, const std::vector<int>& tags,
                                const std::vector<float>* mm, float best) {
  std::vector<TaggedSpan> out;
  const size_t n = tags.size();
  for (size_t i = 0; i < n;) {
    int t = tags[i];
    if (t == 0 || IsInside(t)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && tags[j] == t + 1) ++j;
    TaggedSpan s;
    s.token_begin = static_cast<uint32_t>(i);
    s.token_end = static_cast<uint32_t>(j);
    s.start = tokens.tokens[i].start;
    s.end = tokens.tokens[j - 1].end;
    s.label = static_cast<EntityLabel>((t - 1) / 2);
    if (mm) {
      float other = kNegInf;
      for (int x = 0; x < kNumTags; ++x)
        if (x != t) other = std::max(other, (*mm)[i * kNumTags + x]);
      s.margin = best - other;
    }
    out.push_back(s);
    i = j;
  }
  return out;
}

}  // namespace

const char* EntityLabelName(EntityLabel l) {
  switch (l) {
    case EntityLabel::kPlace: return "PLACE";
    case EntityLabel::kPerson: return "PERSON";
    case EntityLabel::kOrg: return "ORG";
  }
  return "?";
}

Tagger::Tagger(uint32_t rows_log2)
    : rows_(1u << std::min<uint32_t>(rows_log2, 26)),
      trans_((kNumTags + 1) * kNumTags, 0.f),
      weights_(static_cast<size_t>(rows_) * kNumTags, 0.f) {}

std::vector<int> Tagger::GoldTags(const text::Tokens& tokens, const std::vector<LabeledSpan>& spans) {
  std::vector<int> tags(tokens.tokens.size(), 0);
  std::vector<int> owner(tokens.tokens.size(), -1);
  // Places first, so a place wins over an overlapping person or organisation span.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < spans.size(); ++k) {
      const auto& s = spans[k];
      if ((s.label == EntityLabel::kPlace) != (pass == 0) || s.end <= s.start) continue;
      bool first = true;
      for (size_t i = 0; i < tokens.tokens.size(); ++i) {
        const auto& t = tokens.tokens[i];
        if (t.end <= s.start || t.start >= s.end) continue;
        if (owner[i] >= 0) {
          first = false;
          continue;
        }
        owner[i] = static_cast<int>(k);
        tags[i] = 1 + 2 * static_cast<int>(s.label) + (first ? 0 : 1);
        first = false;
      }
    }
  }
  // An inside tag whose predecessor is not of its label (a span clipped by another) starts anew.
  for (size_t i = 0; i < tags.size(); ++i)
    if (IsInside(tags[i]) && (i == 0 || !Allowed(tags[i - 1], tags[i]))) tags[i] -= 1;
  return tags;
}

std::vector<TaggedSpan> Tagger::Tag(const text::Tokens& tokens, const TaggerContext& ctx, std::vector<int>* tags_out,
                                    std::vector<float>* place_margin) const {
  thread_local DocFeatures df;
  thread_local std::vector<float> em, mm;
  std::vector<int> local_tags;
  std::vector<int>& tags = tags_out ? *tags_out : local_tags;
  ComputeFeatures(tokens, ctx, rows_, &df);
  Emissions(df, weights_.data(), &em);
  float best = Viterbi(em, df.size(), trans_.data(), &tags, &mm);
  if (place_margin) {
    place_margin->assign(df.size(), 0.f);
    for (size_t i = 0; i < df.size(); ++i) {
      if (tags[i] == 1 || tags[i] == 2) continue;
      float p = std::max(mm[i * kNumTags + 1], mm[i * kNumTags + 2]);
      (*place_margin)[i] = best - p;
    }
  }
  return SpansOf(tokens, tags, &mm, best);
}

// ---------------------------------------------------------------- training

struct TaggerTrainer {
  static Tagger Run(const std::vector<TrainDoc>& docs, const TaggerContext& ctx, const TrainOptions& opt,
                    Tagger::EpochFn on_epoch, void* user) {
    Tagger m(opt.rows_log2);
    struct Prepared {
      DocFeatures f;
      std::vector<int> gold;
    };
    std::vector<Prepared> prep;
    prep.reserve(docs.size());
    for (const auto& d : docs) {
      auto text = text::DecodeUtf8(d.text, text::Utf8Mode::kLenient);
      if (!text.ok()) continue;
      auto toks = text::Tokenize(*text);
      if (toks.tokens.empty()) continue;
      Prepared p;
      ComputeFeatures(toks, ctx, m.rows_, &p.f);
      p.gold = Tagger::GoldTags(toks, d.spans);
      prep.push_back(std::move(p));
    }
    // Averaging by timestamps: avg = w - u / c, u accumulating c * every update.
    std::vector<float> wu(m.weights_.size(), 0.f), tu(m.trans_.size(), 0.f);
    float c = 1;
    std::vector<size_t> order(prep.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(opt.seed);
    std::vector<float> em;
    std::vector<int> pred;
    float* w = m.weights_.data();
    float* tr = m.trans_.data();
    auto update_feats = [&](const DocFeatures& f, size_t i, int tag, float d) {
      for (uint32_t k = f.off[i]; k < f.off[i + 1]; ++k) {
        size_t idx = static_cast<size_t>(f.rows[k]) * kNumTags + tag;
        w[idx] += d;
        wu[idx] += c * d;
      }
    };
    auto update_trans = [&](int prev, int cur, float d) {
      size_t idx = static_cast<size_t>(prev) * kNumTags + cur;
      tr[idx] += d;
      tu[idx] += c * d;
    };
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t oi : order) {
        const auto& p = prep[oi];
        const size_t n = p.f.size();
        Emissions(p.f, w, &em);
        Viterbi(em, n, tr, &pred, nullptr);
        if (pred != p.gold) {
          for (size_t i = 0; i < n; ++i) {
            int gp = i ? p.gold[i - 1] : kNumTags, pp = i ? pred[i - 1] : kNumTags;
            if (p.gold[i] != pred[i]) {
              update_feats(p.f, i, p.gold[i], 1.f);
              update_feats(p.f, i, pred[i], -1.f);
            }
            if (p.gold[i] != pred[i] || gp != pp) {
              update_trans(gp, p.gold[i], 1.f);
              update_trans(pp, pred[i], -1.f);
            }
          }
        }
        c += 1;
      }
      if (on_epoch || epoch == opt.epochs) {
        Tagger avg(opt.rows_log2);
        for (size_t k = 0; k < avg.weights_.size(); ++k) avg.weights_[k] = w[k] - wu[k] / c;
        for (size_t k = 0; k < avg.trans_.size(); ++k) avg.trans_[k] = tr[k] - tu[k] / c;
        if (on_epoch) on_epoch(epoch, avg, user);
        if (epoch == opt.epochs) return avg;
      }
    }
    return m;  // zero epochs: the untrained model
  }
};

Tagger Tagger::Train(const std::vector<TrainDoc>& docs, const TaggerContext& ctx, const TrainOptions& options,
                     EpochFn on_epoch, void* user) {
  return TaggerTrainer::Run(docs, ctx, options, on_epoch, user);
}

// ---------------------------------------------------------------- model file

namespace {
void PutU32(std::string& s, uint32_t v) {
  for (int k = 0; k < 4; ++k) s.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}
uint32_t GetU32(const char* p) {
  uint32_t v = 0;
  for (int k = 0; k < 4; ++k) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[k])) << (8 * k);
  return v;
}
void PutFloats(std::string& s, const std::vector<float>& v) {
  for (float x : v) {
    uint32_t u;
    std::memcpy(&u, &x, 4);
    PutU32(s, u);
  }
}
void GetFloats(const char* p, std::vector<float>* v) {
  for (size_t k = 0; k < v->size(); ++k) {
    uint32_t u = GetU32(p + 4 * k);
    std::memcpy(&(*v)[k], &u, 4);
  }
}
}  // namespace

Status Tagger::Save(const std::string& path) const {
  std::string s(kMagic, 8);
  PutU32(s, kTaggerFileVersion);
  PutU32(s, kFeatureSetVersion);
  PutU32(s, rows_);
  PutU32(s, kNumTags);
  PutFloats(s, trans_);
  PutFloats(s, weights_);
  uint64_t h = Fnv(s.data(), s.size());
  PutU32(s, static_cast<uint32_t>(h));
  PutU32(s, static_cast<uint32_t>(h >> 32));
  std::string tmp = path + ".partial";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return IoError("cannot write " + tmp);
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
    out.close();
    if (!out) return IoError("error writing " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return IoError("cannot rename " + tmp + " to " + path);
  return Status::Ok();
}

Result<Tagger> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return NotFound("recognizer model " + path + " not found (train one with `marsad train-recognizer`)");
  std::string s(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  in.read(s.data(), static_cast<std::streamsize>(s.size()));
  if (!in) return IoError("cannot read recognizer model " + path);
  const std::string where = "recognizer model " + path + ": ";
  if (s.size() < kHeaderSize || std::memcmp(s.data(), kMagic, 8) != 0)
    return Corrupt(where + "not a marsad recognizer model (bad magic)");
  uint32_t version = GetU32(s.data() + 8), fset = GetU32(s.data() + 12);
  uint32_t rows = GetU32(s.data() + 16), tags = GetU32(s.data() + 20);
  if (version != kTaggerFileVersion)
    return Unsupported(where + "file format version " + std::to_string(version) + ", this marsad reads version " +
                       std::to_string(kTaggerFileVersion));
  if (fset != kFeatureSetVersion)
    return Unsupported(where + "trained with feature set version " + std::to_string(fset) +
                       ", this marsad computes version " + std::to_string(kFeatureSetVersion) +
                       ": retrain it with `marsad train-recognizer`");
  if (tags != kNumTags) return Corrupt(where + "has " + std::to_string(tags) + " tags, expected " + std::to_string(kNumTags));
  if (rows == 0 || (rows & (rows - 1)) != 0 || rows > (1u << 26))
    return Corrupt(where + "invalid row count " + std::to_string(rows));
  size_t expect = kHeaderSize + 4 * ((kNumTags + 1) * kNumTags + static_cast<size_t>(rows) * kNumTags) + 8;
  if (s.size() != expect)
    return Corrupt(where + (s.size() < expect ? "truncated" : "has trailing bytes") + " (" + std::to_string(s.size()) +
                   " bytes, expected " + std::to_string(expect) + ")");
  uint64_t h = Fnv(s.data(), expect - 8);
  uint64_t stored = GetU32(s.data() + expect - 8) | (static_cast<uint64_t>(GetU32(s.data() + expect - 4)) << 32);
  if (h != stored) return Corrupt(where + "checksum mismatch (the file is corrupt)");
  Tagger t(0);
  t.rows_ = rows;
  t.trans_.assign((kNumTags + 1) * kNumTags, 0.f);
  t.weights_.assign(static_cast<size_t>(rows) * kNumTags, 0.f);
  GetFloats(s.data() + kHeaderSize, &t.trans_);
  GetFloats(s.data() + kHeaderSize + 4 * t.trans_.size(), &t.weights_);
  return t;
}

}  // namespace marsad::geo
