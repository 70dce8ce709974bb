// A small trained recognizer: an averaged structured perceptron over BIO tags (PLACE,
// PERSON, ORG) with first-order Viterbi decoding, for the place names no dictionary holds.
//
// Features are hashed into a fixed table of rows, one weight per tag in a row, so the
// model size is fixed (rows x 7 float32) whatever the training data. Feature templates:
// the token's key and its clitic stems, neighbouring keys (±2) and bigrams, prefixes and
// suffixes (1-3 code points), shape (script, kind, digits, capitalization, hashtag part,
// digit glue, line start), gazetteer membership of the token, its stems and of the 1-3
// token spans starting/ending/covering it with the best candidate's feature class, cue
// words ±2 (place, person, organisation cues of geo::Lexicons) and the non-place list;
// for Latin tokens the key and neighbours with the token's capitalization, the first part
// of a hyphenated word in the gazetteer; and document-level evidence per key (DocBit in
// tagger.cc: a place cue, ", <region>", a person/organisation cue or lower case seen at any
// occurrence of the same key). Strings are hashed once per token; a feature's row is a mix
// of its template and those hashes, so no strings are built per feature.
// Changing any template changes what a weight means: bump kFeatureSetVersion.
//
// Model file (little-endian): "MRSDTAG1" magic, u32 file format version, u32 feature-set
// version, u32 rows, u32 tags, then (tags+1) x tags float32 transition weights (the
// first row is the start state), then rows x tags float32 feature weights, then u64
// FNV-1a checksum of everything before it. Load checks each of them and
// names the file and the mismatch.
//
// A Tagger is immutable after Load/Train and safe to share across threads; it borrows
// the Gazetteer and Lexicons given to Tag (they may be null: those features are absent).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/gazetteer.h"
#include "marsad/geo.h"
#include "marsad/status.h"
#include "marsad/text.h"

namespace marsad::geo {

// Cache-line aligned storage for the weight table.
template <typename T>
struct CacheAligned {
  using value_type = T;
  CacheAligned() = default;
  template <typename U>
  CacheAligned(const CacheAligned<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{64})); }
  void deallocate(T* p, size_t) { ::operator delete(p, std::align_val_t{64}); }
  template <typename U>
  bool operator==(const CacheAligned<U>&) const { return true; }
};

enum class EntityLabel : uint8_t { kPlace = 0, kPerson = 1, kOrg = 2 };
const char* EntityLabelName(EntityLabel l);

// Tags: 0 = O, 1 + 2*label = B-label, 2 + 2*label = I-label.
constexpr int kNumTags = 7;
// In memory a row of weights is padded to 8 floats (32 bytes, never across a cache line);
// the file stores kNumTags floats a row.
constexpr size_t kRowStride = 8;
constexpr uint32_t kTaggerFileVersion = 1;
// 2: features hashed from per-token hashes (no strings), document-level key evidence,
// capitalization in context, hyphen parts and cue-word x gazetteer conjunctions.
constexpr uint32_t kFeatureSetVersion = 2;

// A gold span for training, in code points of the text.
struct LabeledSpan {
  uint32_t start = 0, end = 0;
  EntityLabel label = EntityLabel::kPlace;
};

struct TrainDoc {
  std::string text;  // UTF-8
  std::vector<LabeledSpan> spans;
};

// A recognized span: tokens [token_begin, token_end), code points [start, end).
struct TaggedSpan {
  uint32_t token_begin = 0, token_end = 0;
  uint32_t start = 0, end = 0;
  EntityLabel label = EntityLabel::kPlace;
  float margin = 0;  // best path score minus the best path with the first token tagged otherwise
};

// What the tagger sees of the world besides the text.
struct TaggerContext {
  const gazetteer::Gazetteer* gazetteer = nullptr;
  const Lexicons* lexicons = nullptr;
};

struct TrainOptions {
  int epochs = 8;
  uint32_t seed = 1;
  uint32_t rows_log2 = 19;  // 2^19 rows x 7 tags x 4 bytes = 14.7 MB
};

class Tagger {
 public:
  // An untrained tagger (all weights zero) with 2^rows_log2 rows.
  explicit Tagger(uint32_t rows_log2 = 19);

  static Result<Tagger> Load(const std::string& path);
  // The checks of Load that need only the header and the file size (magic, versions, tag
  // and row counts, size): cheap, for reporting a mismatched model before reading it.
  static Status CheckHeader(const std::string& path);
  Status Save(const std::string& path) const;

  // Tags tokenized text. Spans in text order; `tags`, when given, receives one tag per
  // token and `place_margin` (same size) how much the best path beats the best path that
  // tags the token as B-/I-PLACE (0 when the token is tagged PLACE).
  std::vector<TaggedSpan> Tag(const text::Tokens& tokens, const TaggerContext& ctx,
                              std::vector<int>* tags = nullptr, std::vector<float>* place_margin = nullptr) const;

  // Trains from scratch. `on_epoch(epoch, tagger_with_averaged_weights)` is called after
  // each epoch (for dev scores); deterministic for a given seed and input order.
  using EpochFn = void (*)(int epoch, const Tagger& averaged, void* user);
  static Tagger Train(const std::vector<TrainDoc>& docs, const TaggerContext& ctx, const TrainOptions& options,
                      EpochFn on_epoch = nullptr, void* user = nullptr);

  uint32_t rows() const { return rows_; }

  // The hashed feature rows of every token (for tests and debugging; rows < 2^rows_log2).
  static std::vector<std::vector<uint32_t>> FeatureRows(const text::Tokens& tokens, const TaggerContext& ctx,
                                                        uint32_t rows_log2);

  // Token-level gold tags for a text's tokens (a token overlapping a span is in it).
  static std::vector<int> GoldTags(const text::Tokens& tokens, const std::vector<LabeledSpan>& spans);

 private:
  friend struct TaggerTrainer;
  uint32_t rows_ = 0;
  std::vector<float> trans_;    // (kNumTags + 1) x kNumTags; row kNumTags = start
  std::vector<float, CacheAligned<float>> weights_;  // rows_ x kRowStride (the last kRowStride - kNumTags are 0)
};

// How extraction finds place spans: the gazetteer matcher alone, the model alone (its
// PLACE spans, resolved through the gazetteer), or both.
enum class RecognizerMode { kGazetteer, kModel, kCombined };
// Parses "gazetteer" | "model" | "combined"; false when the name is none of them.
bool ParseRecognizerMode(std::string_view name, RecognizerMode* mode);

// Reshapes the geoparser's mentions with the model's spans, keeping text order (and
// relation anchors pointing at the same mentions):
// - model: a gazetteer mention is kept when a model PLACE span overlaps it; model spans
//   overlapping no gazetteer mention are added;
// - combined: gazetteer mentions are kept, except those overlapping no model PLACE span
//   whose every token the model rejects as a place by a margin of at least
//   kDropOtherMargin (or kDropMargin for a single token tagged PERSON/ORG); model PLACE
//   spans overlapping no mention are added. An Arabic mention (not in a hashtag) of a place
//   the model confirms elsewhere in the document, or of a place in a province where it
//   confirms one, is dropped only as a PERSON/ORG (one sense per document: Aden named
//   again, its districts). Margins are in perceptron score units; the
//   thresholds were chosen on idrisi-d-train.ar (never trained on), not on held-out data.
// Added spans are resolved through the gazetteer by their key (or the first token's clitic
// stems) when some entry has it, else output unresolved (place -1, no coordinates).
constexpr float kDropMargin = 4.0f;
constexpr float kDropOtherMargin = 8.0f;
void ApplyRecognizer(const Tagger& tagger, RecognizerMode mode, const text::Tokens& tokens, const TaggerContext& ctx,
                     GeoResult* result);

}  // namespace marsad::geo
