// Reading the reports (events) out of extraction records, and the day intervals their
// dates allow (marsad/records.h).
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <bit>
#include <chrono>
#include <cstdio>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "internal.h"
#include "marsad/json_read.h"
#include "marsad/records.h"

namespace marsad::records {
namespace {
// RapidJSON's UTF-8 under another name, so that the reader of extraction records gets its
// own Transcoder (below): every string's bytes are stepped over in blocks, not one by one.
struct ScanUtf8 : rapidjson::UTF8<char> {};
// The bytes after a line's copy that the block scan may read (NULs: where it stops anyway).
constexpr size_t kScanPad = 16;

// The first byte at or after `p` that ends a run of a string's plain bytes: '"', '\\' or a
// control byte (< 0x20, the terminating NUL among them), as RapidJSON's string loop tests
// them. The text must be followed by kScanPad readable bytes past its NUL.
inline const char* EndOfPlainRun(const char* p) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
  for (;; p += 16) {
    const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // s <= 0x1F as unsigned bytes: min(s, 0x1F) == s.
    const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(s, quote), _mm_cmpeq_epi8(s, backslash)),
                                      _mm_cmpeq_epi8(_mm_min_epu8(s, control), s));
    if (const int mask = _mm_movemask_epi8(stop); mask != 0) return p + std::countr_zero(static_cast<unsigned>(mask));
  }
#else
  for (;; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\' || c < 0x20) return p;
  }
#endif
}

}  // namespace
}  // namespace marsad::records

// The string loop of RapidJSON's reader (ParseStringToStream) hands every byte that is not
// '"', '\\' or a control byte to Transcoder<S, T>::Transcode one at a time (about ten
// instructions a byte, the largest cost of merging). For the in-place stream of ScanUtf8 the
// whole run of such bytes is taken at once: the same bytes end in the same place (moved down
// behind an escape, as Put would), and the loop goes on at the byte that ends the run.
namespace rapidjson {
template <>
struct Transcoder<marsad::records::ScanUtf8, marsad::records::ScanUtf8> {
  using Stream = GenericInsituStringStream<marsad::records::ScanUtf8>;
  static bool Transcode(Stream& is, Stream& os) {
    RAPIDJSON_ASSERT(&is == &os);
    (void)os;
    char* end = const_cast<char*>(marsad::records::EndOfPlainRun(is.src_ + 1));  // *src_ is plain
    const size_t n = static_cast<size_t>(end - is.src_);
    if (is.dst_ != is.src_) std::memmove(is.dst_, is.src_, n);
    is.src_ = end;
    is.dst_ += n;
    return true;
  }
  template <typename InputStream, typename OutputStream>
  static bool Transcode(InputStream& is, OutputStream& os) {
    os.Put(is.Take());
    return true;
  }
  template <typename InputStream, typename OutputStream>
  static bool TranscodeUnsafe(InputStream& is, OutputStream& os) {
    PutUnsafe(os, is.Take());
    return true;
  }
  template <typename InputStream, typename OutputStream>
  static bool Validate(InputStream& is, OutputStream& os) {
    return marsad::records::ScanUtf8::Validate(is, os);
  }
};
}  // namespace rapidjson

namespace marsad::records {
namespace {

namespace ch = std::chrono;
using JVal = rapidjson::Value;

std::string Str(const JVal& o, const char* k) {
  auto it = o.FindMember(k);
  if (it == o.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}
const JVal* Obj(const JVal& o, const char* k) {
  auto it = o.FindMember(k);
  return it != o.MemberEnd() && it->value.IsObject() ? &it->value : nullptr;
}
bool Uint(const JVal& o, const char* k, uint64_t* v) {
  auto it = o.FindMember(k);
  if (it == o.MemberEnd() || !it->value.IsUint64()) return false;
  *v = it->value.GetUint64();
  return true;
}
double Num(const JVal& o, const char* k, bool* has = nullptr) {
  auto it = o.FindMember(k);
  bool ok = it != o.MemberEnd() && it->value.IsNumber();
  if (has) *has = ok;
  return ok ? it->value.GetDouble() : 0;
}
std::string Raw(const JVal& v) {
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  v.Accept(w);
  return b.GetString();
}
// A document id as marsad writes it: a string, or a number written back as JSON.
std::string Id(const JVal& v) { return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : Raw(v); }

void ReadActor(const JVal& e, const char* key, std::string* id, std::string* name, int* inter) {
  const JVal* a = Obj(e, key);
  if (a == nullptr) return;
  *id = Str(*a, "id");
  *name = Str(*a, "name");
  // ACLED's codes are 0-8; a number no int holds (a hostile or corrupt line) is no code, not
  // an undefined conversion.
  const double v = Num(*a, "inter");
  *inter = v >= 0 && v <= 99 ? static_cast<int>(v) : 0;
}

void ReadPlace(const JVal& e, Report* r) {
  const JVal* p = Obj(e, "place");
  if (p == nullptr) return;
  uint64_t id = 0;
  if (Uint(*p, "geonameid", &id)) r->place_key = "g" + std::to_string(id);
  else if (Uint(*p, "marsad_id", &id)) r->place_key = "m" + std::to_string(id);
  else r->place_key = "n" + Str(*p, "name");  // no id: the name is all that identifies it
  r->place_name = Str(*p, "name");
  r->country = Str(*p, "country");
  r->admin1 = Str(*p, "admin1");
  r->feature = Str(*p, "feature_class") + "." + Str(*p, "feature_code");
  bool has_lat = false, has_lon = false;
  r->lat = Num(*p, "lat", &has_lat);
  r->lon = Num(*p, "lon", &has_lon);
  r->has_point = has_lat && has_lon;
  r->place_from_focus = Num(*p, "mention") < 0;
}

Status ReadEvent(const JVal& e, size_t index, Report* r) {
  if (!e.IsObject()) return InvalidInput("events[" + std::to_string(index) + "] is not an object");
  r->index = static_cast<uint32_t>(index);
  uint64_t s = 0, en = 0;
  if (!Uint(e, "start", &s) || !Uint(e, "end", &en) || en < s || en > UINT32_MAX)
    return InvalidInput("events[" + std::to_string(index) + "] has no valid start/end");
  r->spans.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(en));
  std::string mention_text;
  if (auto it = e.FindMember("mentions"); it != e.MemberEnd() && it->value.IsArray()) {
    for (const auto& m : it->value.GetArray()) {
      if (!m.IsObject() || !Uint(m, "start", &s) || !Uint(m, "end", &en) || en < s || en > UINT32_MAX) continue;
      if (std::make_pair(uint32_t(s), uint32_t(en)) == r->spans.front()) continue;
      r->spans.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(en));
      if (std::string surface = Str(m, "surface"); !surface.empty()) mention_text += "\n" + surface;
    }
  }
  r->evidence = Str(e, "evidence");
  r->sentences = r->evidence + mention_text;
  r->event_type = Str(e, "event_type");
  r->sub_event_type = Str(e, "sub_event_type");
  ReadActor(e, "actor1", &r->actor1, &r->actor1_name, &r->inter1);
  ReadActor(e, "actor2", &r->actor2, &r->actor2_name, &r->inter2);
  ReadPlace(e, r);
  r->date = Str(e, "date");
  r->date_precision = Str(e, "date_precision");
  r->date_source = Str(e, "date_source");
  std::tie(r->day_lo, r->day_hi) = DayInterval(r->date, r->date_precision, r->date_source == "published");
  Uint(e, "fatalities", &r->fatalities);
  r->toll_stated = e.HasMember("fatalities_quantity") || r->fatalities > 0;
  r->confidence = Num(e, "confidence");
  if (auto it = e.FindMember("claimed_by"); it != e.MemberEnd() && !it->value.IsNull()) {
    if (!json::NestsWithin(it->value, 32)) return InvalidInput("events[" + std::to_string(index) + "].claimed_by nests too deep");
    r->claimed_by_json = Raw(it->value);
  }
  r->notes = Str(e, "notes");
  if (std::string src = Str(e, "source"); !src.empty()) r->source = src;
  return Status::Ok();
}

// The members of an extraction record the merge reads. The others (places, actors, focus,
// dates, quantities: four fifths of the corpus output's bytes) are read and checked, but
// no document is built of them: building them was a third of merging the corpus output.
// Asked for every member of every line (14 a line): by length first, one comparison at most
// (the loop over seven names cost ~166 instructions a call, 0.5% of merging the corpus).
bool Wanted(std::string_view key) {
  switch (key.size()) {
    case 2: return key == "id";
    case 3: return key == "url";
    case 4: return key == "lang";
    case 5: return key == "error";
    case 6: return key == "events" || key == "source";
    case 9: return key == "published";
    default: return false;
  }
}

// A reader's handler that builds a document of the Wanted members of a top-level object
// only: every event of the line reaches it (RapidJSON checks the whole line), but the
// values of the other members are stepped over as they stream past and never built. One
// pass where there were three: finding the wanted members by hand, checking the whole line
// with a reader that builds nothing, parsing the members cut out (merging the corpus
// output: 3.90 G -> 3.34 G instructions, the records byte-identical).
class WantedFilter {
 public:
  // max_depth: containers open at once past which the parse is ended (a handler's false).
  WantedFilter(rapidjson::Document* d, size_t max_depth) : d_(*d), max_depth_(max_depth) {}
  bool Null() { return !Keep() || d_.Null(); }
  bool Bool(bool b) { return !Keep() || d_.Bool(b); }
  bool Int(int i) { return !Keep() || d_.Int(i); }
  bool Uint(unsigned i) { return !Keep() || d_.Uint(i); }
  bool Int64(int64_t i) { return !Keep() || d_.Int64(i); }
  bool Uint64(uint64_t i) { return !Keep() || d_.Uint64(i); }
  bool Double(double x) { return !Keep() || d_.Double(x); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return !Keep() || d_.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return !Keep() || d_.String(s, n, copy); }
  bool StartObject() {
    if (depth_ == 0) object_root_ = true;
    if (depth_ >= max_depth_) return false;
    bool keep = Keep();
    ++depth_;
    return !keep || d_.StartObject();
  }
  bool EndObject(rapidjson::SizeType n) {
    if (--depth_ == 0 && object_root_) return d_.EndObject(kept_);
    return !Keep() || d_.EndObject(n);
  }
  bool StartArray() {
    if (depth_ >= max_depth_) return false;
    bool keep = Keep();
    ++depth_;
    return !keep || d_.StartArray();
  }
  bool EndArray(rapidjson::SizeType n) {
    --depth_;
    return !Keep() || d_.EndArray(n);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (depth_ == 1 && object_root_) {
      skipping_ = !Wanted(std::string_view(s, n));
      kept_ += !skipping_;
    }
    return !Keep() || d_.Key(s, n, copy);
  }

 private:
  // Whether the event is built: anything but a value inside (or being) a member of the root
  // object that is not wanted (skipping_ holds from its key to the next key of the root).
  bool Keep() const { return !(object_root_ && skipping_ && depth_ >= 1); }
  rapidjson::Document& d_;
  size_t max_depth_;
  size_t depth_ = 0;  // containers open
  rapidjson::SizeType kept_ = 0;  // the root's members built
  bool object_root_ = false, skipping_ = false;
};

// --- the quick reader ------------------------------------------------------------------------
// The members the merge does not read (four fifths of an extraction record's bytes) are
// stepped over by a check that accepts a subset of what RapidJSON's reader accepts, and
// builds nothing; the wanted ones are RapidJSON's own parse (the same values). A line it does
// not take whole (anything it does not know for certain RapidJSON accepts: an exponent, an
// escape in a key, a NUL, nesting past kQuickDepth, and every malformed line) is read by
// RapidJSON's reader as before, whose result and error are the reading's. Merging the corpus
// output x3: RapidJSON's reader was 40% of the instructions (about 12 a byte).
constexpr int kQuickDepth = 48;  // containers open at once (extraction records nest 5 deep)

// JSON's whitespace, as RapidJSON's SkipWhitespace takes it (most tokens follow none).
inline void SkipWs(const char*& p) {
  while (static_cast<unsigned char>(*p) <= ' ' && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
}

// Four hexadecimal digits at p (RapidJSON's ParseHex4); stops at the first other byte.
inline bool Hex4(const char* p, unsigned* v) {
  *v = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = p[i];
    unsigned d;
    if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
    else return false;
    *v = *v << 4 | d;
  }
  return true;
}

// The rest of a string from `q`, a byte that ends a plain run: past its closing quote, as
// RapidJSON's ParseString accepts it without kParseValidateEncodingFlag (any byte from 0x20
// up but '"' and '\\', the escapes \" \\ \/ \b \f \n \r \t and \uXXXX, a high surrogate
// followed by a low one); nullptr when not.
const char* SkipEscapes(const char* q) {
  for (;; q = EndOfPlainRun(q)) {
    if (*q == '"') return q + 1;
    if (*q != '\\') return nullptr;  // a control byte, or the end of the text
    switch (q[1]) {
      case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        q += 2;
        continue;
      case 'u': break;
      default: return nullptr;
    }
    unsigned cp = 0;
    if (!Hex4(q + 2, &cp)) return nullptr;
    q += 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      unsigned low = 0;
      if (q[0] != '\\' || q[1] != 'u' || !Hex4(q + 2, &low) || low < 0xDC00 || low > 0xDFFF) return nullptr;
      q += 6;
    }
  }
}

// A string from its opening quote at p to past its closing one (SkipEscapes).
inline bool SkipString(const char*& p) {
  const char* q = EndOfPlainRun(p + 1);
  if (*q == '"') {  // most strings: no escape
    p = q + 1;
    return true;
  }
  q = SkipEscapes(q);
  if (q == nullptr) return false;
  p = q;
  return true;
}

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A number RapidJSON's ParseNumber accepts without an error: -?(0|[1-9][0-9]*)(.[0-9]+)?,
// no exponent (one may be too large: RapidJSON's reader decides), at most 300 digits before
// the point (RapidJSON's "too big" needs 309).
inline bool SkipNumber(const char*& p) {
  const char* q = p + (*p == '-');
  if (*q == '0') {
    ++q;
  } else if (*q >= '1' && *q <= '9') {
    const char* first = q;
    while (IsDigit(*q)) ++q;
    if (q - first > 300) return false;
  } else {
    return false;
  }
  if (*q == '.') {
    ++q;
    if (!IsDigit(*q)) return false;
    while (IsDigit(*q)) ++q;
  }
  if (*q == 'e' || *q == 'E') return false;
  p = q;
  return true;
}

inline bool SkipLiteral(const char*& p, const char (&word)[5]) {
  if (std::memcmp(p, word, 4) != 0) return false;  // a NUL is unequal: no byte past it is read
  p += 4;
  return true;
}

// One JSON value at p (whitespace before it allowed) to past its end, built into nothing,
// nesting at most kQuickDepth - 1 containers (one is open around it: the line's object).
// Iterative: the containers open are a stack of their closing brackets. Whitespace is looked
// for only where the byte expected is not there (extraction records have none between
// tokens): SkipWs before every token was a tenth of the quick reader's instructions.
bool SkipValue(const char*& p) {
  char close[kQuickDepth];
  int depth = 0;
  for (;;) {
    // A value.
    switch (*p) {
      case ' ':
      case '\n':
      case '\r':
      case '\t':
        SkipWs(p);
        continue;  // the value after it
      case '"':
        if (!SkipString(p)) return false;
        break;
      case 't':
        if (!SkipLiteral(p, "true")) return false;
        break;
      case 'f':
        ++p;
        if (!SkipLiteral(p, "alse")) return false;
        break;
      case 'n':
        if (!SkipLiteral(p, "null")) return false;
        break;
      case '{':
      case '[': {
        const bool object = *p == '{';
        ++p;
        SkipWs(p);
        if (*p == (object ? '}' : ']')) {
          ++p;
          break;
        }
        if (depth + 2 > kQuickDepth) return false;
        close[depth++] = object ? '}' : ']';
        if (!object) continue;  // the first element
        goto key;
      }
      default:
        if (!SkipNumber(p)) return false;
        break;
    }
    // After a value: the end of its container(s), or the next element or member.
    for (;;) {
      if (depth == 0) return true;
      if (*p != ',' && *p != close[depth - 1]) SkipWs(p);
      if (*p == close[depth - 1]) {
        ++p;
        --depth;
        continue;
      }
      if (*p != ',') return false;
      ++p;
      break;
    }
    if (close[depth - 1] == ']') continue;
    if (*p != '"') SkipWs(p);
  key:
    if (*p != '"' || !SkipString(p)) return false;
    if (*p != ':') SkipWs(p);
    if (*p != ':') return false;
    ++p;
  }
}

// Passes a wanted member's value on to the document, ending the parse (a handler's false)
// past kQuickDepth containers: RapidJSON's recursive parser then goes no deeper.
class Bounded {
 public:
  Bounded(rapidjson::Document* d, int depth) : d_(*d), depth_(depth) {}
  bool Null() { return d_.Null(); }
  bool Bool(bool b) { return d_.Bool(b); }
  bool Int(int i) { return d_.Int(i); }
  bool Uint(unsigned i) { return d_.Uint(i); }
  bool Int64(int64_t i) { return d_.Int64(i); }
  bool Uint64(uint64_t i) { return d_.Uint64(i); }
  bool Double(double x) { return d_.Double(x); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return d_.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return d_.String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return d_.Key(s, n, copy); }
  bool StartObject() { return ++depth_ <= kQuickDepth && d_.StartObject(); }
  bool EndObject(rapidjson::SizeType n) {
    --depth_;
    return d_.EndObject(n);
  }
  bool StartArray() { return ++depth_ <= kQuickDepth && d_.StartArray(); }
  bool EndArray(rapidjson::SizeType n) {
    --depth_;
    return d_.EndArray(n);
  }

 private:
  rapidjson::Document& d_;
  int depth_;
};

// The members of an event, and of its place and actors, that ReadEvent, ReadPlace and
// ReadActor read: the quick reader builds only these into the document (the others, a sixth
// of an event's bytes: trigger, cameo, plover, the Arabic names, population, ...) are
// stepped over as the members of the line are. Whatever those functions read must be here.
enum class Level { kLine, kEvent, kPlace, kActor };
bool WantedIn(Level level, std::string_view key) {  // by length first, as Wanted
  switch (level) {
    case Level::kLine: return Wanted(key);
    case Level::kEvent:
      switch (key.size()) {
        case 3: return key == "end";
        case 4: return key == "date";
        case 5: return key == "start" || key == "notes" || key == "place";
        case 6: return key == "actor1" || key == "actor2" || key == "source";
        case 8: return key == "mentions" || key == "evidence";
        case 10: return key == "event_type" || key == "fatalities" || key == "confidence" || key == "claimed_by";
        case 11: return key == "date_source";
        case 14: return key == "sub_event_type" || key == "date_precision";
        case 19: return key == "fatalities_quantity";
        default: return false;
      }
    case Level::kPlace:
      switch (key.size()) {
        case 3: return key == "lat" || key == "lon";
        case 4: return key == "name";
        case 6: return key == "admin1";
        case 7: return key == "country" || key == "mention";
        case 9: return key == "geonameid" || key == "marsad_id";
        case 12: return key == "feature_code";
        case 13: return key == "feature_class";
        default: return false;
      }
    case Level::kActor: return key == "id" || key == "name" || key == "inter";
  }
  return false;
}

// A number of at most nine digits, no sign, point or exponent (offsets, ids, counts), to
// past it: RapidJSON's reader gives it to its handler's Uint. False (p unmoved) for any other.
inline bool QuickUint(const char*& p, unsigned* v) {
  const char* q = p;
  *v = 0;
  if (*q == '0') {
    ++q;
  } else if (*q >= '1' && *q <= '9') {
    for (; IsDigit(*q) && q - p < 9; ++q) *v = *v * 10 + static_cast<unsigned>(*q - '0');
  } else {
    return false;
  }
  if (IsDigit(*q) || *q == '.' || *q == 'e' || *q == 'E') return false;
  p = q;
  return true;
}

bool QuickObject(char* text, const char*& p, rapidjson::GenericReader<ScanUtf8, ScanUtf8>& reader,
                 rapidjson::Document& doc, int depth, Level level);

// The events array at p ('['): each event an object read by QuickObject; anything else
// (an element not an object) is left to RapidJSON's reader (false).
bool QuickEvents(char* text, const char*& p, rapidjson::GenericReader<ScanUtf8, ScanUtf8>& reader,
                 rapidjson::Document& doc, int depth) {
  ++p;
  SkipWs(p);
  doc.StartArray();
  rapidjson::SizeType n = 0;
  if (*p == ']') {
    ++p;
  } else {
    for (;;) {
      if (*p != '{' || !QuickObject(text, p, reader, doc, depth + 2, Level::kEvent)) return false;  // the array and the event
      ++n;
      SkipWs(p);
      if (*p == ']') {
        ++p;
        break;
      }
      if (*p != ',') return false;
      ++p;
      SkipWs(p);
    }
  }
  return doc.EndArray(n);
}

// The object at p ('{') inside `depth` containers, only the members WantedIn `level` built
// (RapidJSON's own parse of each, or QuickEvents / QuickObject a level down); false, and the
// text partly parsed in place, when the quick reader does not take it.
bool QuickObject(char* text, const char*& p, rapidjson::GenericReader<ScanUtf8, ScanUtf8>& reader,
                 rapidjson::Document& doc, int depth, Level level) {
  ++p;
  SkipWs(p);
  doc.StartObject();
  rapidjson::SizeType kept = 0;
  if (*p == '}') {
    ++p;
    return doc.EndObject(0);
  }
  for (;;) {
    if (*p != '"') return false;
    const char* key = p + 1;
    if (!SkipString(p)) return false;
    const std::string_view k(key, static_cast<size_t>(p - 1 - key));
    if (k.find('\\') != std::string_view::npos) return false;  // a key as written: no escapes
    SkipWs(p);
    if (*p != ':') return false;
    ++p;
    SkipWs(p);
    if (WantedIn(level, k)) {
      text[(key - text) + static_cast<ptrdiff_t>(k.size())] = '\0';  // its closing quote, as in place
      doc.Key(key, static_cast<rapidjson::SizeType>(k.size()), false);
      if (level == Level::kLine && *p == '[' && k == "events") {
        if (!QuickEvents(text, p, reader, doc, depth)) return false;
      } else if (level == Level::kEvent && *p == '{' && (k == "place" || k == "actor1" || k == "actor2")) {
        if (!QuickObject(text, p, reader, doc, depth + 1, k == "place" ? Level::kPlace : Level::kActor)) return false;
      } else if (const char* q = *p == '"' ? EndOfPlainRun(p + 1) : nullptr; q != nullptr && *q == '"') {
        // A string without escapes, as RapidJSON's in-place parse gives it (one parse a
        // member cost more than the members not built saved).
        text[q - text] = '\0';
        doc.String(p + 1, static_cast<rapidjson::SizeType>(q - p - 1), false);
        p = q + 1;
      } else if (unsigned v = 0; QuickUint(p, &v)) {
        doc.Uint(v);
      } else {
        rapidjson::GenericInsituStringStream<ScanUtf8> is(text + (p - text));
        Bounded to(&doc, depth);
        if (reader.Parse<rapidjson::kParseInsituFlag | rapidjson::kParseStopWhenDoneFlag>(is, to).IsError())
          return false;
        p = is.src_;
      }
      ++kept;
    } else if (!SkipValue(p)) {
      return false;
    }
    SkipWs(p);
    if (*p == '}') {
      ++p;
      break;
    }
    if (*p != ',') return false;
    ++p;
    SkipWs(p);
  }
  return doc.EndObject(kept);
}

// Builds into `doc` what WantedFilter does from the NUL-terminated `text` of `size` bytes
// (followed by kScanPad readable bytes), if the line is one the quick reader takes whole
// (see above), of its events only what ReadEvent reads (WantedIn); false, and `text` partly
// parsed in place, when not.
bool QuickRead(char* text, size_t size, rapidjson::GenericReader<ScanUtf8, ScanUtf8>& reader,
               rapidjson::Document& doc) {
  const char* p = text;
  SkipWs(p);
  if (*p != '{' || !QuickObject(text, p, reader, doc, 1, Level::kLine)) return false;
  SkipWs(p);
  return p == text + size;  // nothing after the object, a NUL among it
}

// Reads `line` into *d (in place in *buf, a copy of it), only the Wanted members built.
// RapidJSON's recursive parser first, its depth bounded by the filter (a line nesting
// deeper ends it, before its stack could overflow); a line it does not accept whole is read
// again by the iterative one (json::kParseFlags, as all outside input), whose result and
// error are the reading's: the two parsers accept the same lines with the same values, but
// the recursive one costs fewer instructions a token, and an extraction record is mostly
// short strings (merging the corpus output: ~560 strings an event).
rapidjson::ParseResult ParseWanted(std::string_view line, std::string* buf, rapidjson::Document* d, bool quick = true) {
  constexpr size_t kRecursiveDepth = 64;  // extraction records nest 5 deep
  rapidjson::GenericReader<ScanUtf8, ScanUtf8> reader;
  rapidjson::ParseResult parsed;
  auto build = [&](rapidjson::Document& doc, auto flags, size_t max_depth) {
    buf->reserve(line.size() + kScanPad);
    buf->assign(line);
    buf->append(kScanPad, '\0');  // for EndOfPlainRun; the parse ends at the first NUL
    rapidjson::GenericInsituStringStream<ScanUtf8> is(buf->data());
    WantedFilter filter(&doc, max_depth);
    parsed = reader.Parse<decltype(flags)::value | rapidjson::kParseInsituFlag>(is, filter);
    return !parsed.IsError();
  };
  auto recursive = [&](rapidjson::Document& doc) {
    return build(doc, std::integral_constant<unsigned, rapidjson::kParseNoFlags>(), kRecursiveDepth);
  };
  auto iterative = [&](rapidjson::Document& doc) {
    return build(doc, std::integral_constant<unsigned, json::kParseFlags>(), SIZE_MAX);
  };
  auto quick_read = [&](rapidjson::Document& doc) {
    buf->reserve(line.size() + kScanPad);
    buf->assign(line);
    buf->append(kScanPad, '\0');
    return QuickRead(buf->data(), line.size(), reader, doc);
  };
  if (quick) {
    bool taken = false;
    auto take = [&](rapidjson::Document& doc) { return taken = quick_read(doc); };
    d->Populate(take);
    if (taken) return parsed;  // no error
  }
  d->Populate(recursive);
  if (parsed.IsError()) d->Populate(iterative);
  return parsed;
}

}  // namespace

std::pair<int32_t, int32_t> DayInterval(std::string_view date, std::string_view precision, bool from_published) {
  constexpr std::pair<int32_t, int32_t> kNone{1, 0};
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return kNone;
  int y = 0, m = 0, d = 0;
  // Digits where they belong (every date marsad writes) are read directly; anything else
  // as sscanf reads it (sscanf was 0.5% of merging the corpus replicated 10x).
  auto digits = [&](size_t at, size_t n, int* v) {
    *v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
      *v = *v * 10 + (date[i] - '0');
    }
    return true;
  };
  if (!(digits(0, 4, &y) && digits(5, 2, &m) && digits(8, 2, &d)) &&
      std::sscanf(std::string(date.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
    return kNone;
  ch::year_month_day ymd{ch::year(y), ch::month(static_cast<unsigned>(m)), ch::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return kNone;
  int32_t day = static_cast<int32_t>(ch::sys_days(ymd).time_since_epoch().count());
  if (precision == "day" || precision.empty()) {
    // The day of publication bounds the incident: it happened then or the day before
    // (news reports "yesterday" without naming the day).
    return from_published ? std::make_pair(day - 1, day) : std::make_pair(day, day);
  }
  if (precision == "week") return {day, day + 6};
  if (precision == "month") {
    auto last = ch::sys_days(ch::year_month_day_last(ymd.year(), ch::month_day_last(ymd.month())));
    return {day, static_cast<int32_t>(last.time_since_epoch().count())};
  }
  return kNone;  // a year or vaguer: no incident can be told apart by it
}

std::string IsoDay(int32_t days) {
  ch::year_month_day ymd{ch::sys_days(ch::days(days))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string Report::Area(bool across_countries) const {
  if (!joinable()) return {};
  return across_countries ? "*" : country;
}

bool QuickReads(std::string_view line) {
  std::string buf(line);
  buf.append(kScanPad + 1, '\0');
  rapidjson::GenericReader<ScanUtf8, ScanUtf8> reader;
  rapidjson::Document d;
  bool taken = false;
  auto take = [&](rapidjson::Document& doc) { return taken = QuickRead(buf.data(), line.size(), reader, doc); };
  d.Populate(take);
  return taken;
}

Status ReadReports(std::string_view line, std::string_view where, std::vector<Report>* out, bool* was_error) {
  return ReadReportsWith(true, line, where, out, was_error);
}

Status ReadReportsWith(bool quick, std::string_view line, std::string_view where, std::vector<Report>* out,
                       bool* was_error) {
  *was_error = false;
  rapidjson::Document d;
  // Parsed in place (strings are not copied a second time: a quarter faster on records),
  // the whole line checked, only the members the merge reads built.
  std::string buf;
  rapidjson::ParseResult parsed = ParseWanted(line, &buf, &d, quick);
  auto fail = [&](const std::string& why) { return InvalidInput(std::string(where) + ": " + why); };
  if (parsed.IsError())
    return fail(std::string("not JSON (") + rapidjson::GetParseError_En(parsed.Code()) + " at byte " +
                std::to_string(parsed.Offset()) + ")");
  if (!d.IsObject()) return fail("not a JSON object: is this `marsad extract` JSON output?");
  auto id = d.FindMember("id");
  if (id == d.MemberEnd() || !(id->value.IsString() || id->value.IsNumber()))
    return fail("no \"id\": is this `marsad extract` JSON output?");
  if (d.HasMember("error")) {
    *was_error = true;
    return Status::Ok();
  }
  auto evs = d.FindMember("events");
  if (evs == d.MemberEnd()) return Status::Ok();  // extracted without events
  if (!evs->value.IsArray()) return fail("\"events\" is not an array");
  Report base;
  base.doc_id = Id(id->value);
  base.lang = Str(d, "lang");
  base.published = Str(d, "published");
  base.url = Str(d, "url");
  base.source = Str(d, "source");  // the outlet (written by extract when it knows it)
  size_t i = 0;
  for (const auto& e : evs->value.GetArray()) {
    Report r = base;
    if (Status s = ReadEvent(e, i++, &r); !s.ok()) return fail(s.message());
    out->push_back(std::move(r));
  }
  return Status::Ok();
}

}  // namespace marsad::records
