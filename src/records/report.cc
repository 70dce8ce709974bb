// Reading the reports (events) out of extraction records, and the day intervals their
// dates allow (marsad/records.h).
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#if MARSAD_HAVE_SIMDJSON
#include <simdjson.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#endif

#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

#include "marsad/json_read.h"
#include "marsad/records.h"

namespace marsad::records {
namespace {

namespace ch = std::chrono;
using JVal = rapidjson::Value;

// Two views of a parsed JSON value, one for each parser: the reading below (ReadEvent and
// ReadReports' record members) is written once over either, so the two give the same reports.
//   RapidView: a RapidJSON value (the checked path, and every error message).
//   FastView: a simdjson DOM element (MARSAD_HAVE_SIMDJSON: the fast path, when it parses).
struct RapidView {
  const JVal* v;
  bool IsObject() const { return v->IsObject(); }
  bool IsArray() const { return v->IsArray(); }
  bool IsString() const { return v->IsString(); }
  bool IsNull() const { return v->IsNull(); }
  bool IsNumber() const { return v->IsNumber(); }
  bool IsUint64() const { return v->IsUint64(); }
  uint64_t GetUint64() const { return v->GetUint64(); }
  double GetDouble() const { return v->GetDouble(); }
  std::string_view GetString() const { return {v->GetString(), v->GetStringLength()}; }
  std::optional<RapidView> Find(const char* k) const {
    auto it = v->FindMember(k);
    if (it == v->MemberEnd()) return std::nullopt;
    return RapidView{&it->value};
  }
  template <typename F>
  void ForEach(F&& f) const {
    for (const auto& x : v->GetArray()) f(RapidView{&x});
  }
  bool NestsWithin(size_t limit) const { return json::NestsWithin(*v, limit); }
  template <typename W>
  void Write(W* w) const {
    v->Accept(*w);
  }
};

#if MARSAD_HAVE_SIMDJSON
namespace sj = simdjson;
// What the fast path may not decide alone: a value RapidJSON would read otherwise. simdjson
// reads "-0" as the double -0.0, RapidJSON as the integer 0 ("-0.0" is -0.0 for both): a
// negative zero sends the line to the checked path.
struct FastView {
  sj::dom::element v;
  bool* unsure;
  sj::dom::element_type Type() const { return v.type(); }
  bool IsObject() const { return Type() == sj::dom::element_type::OBJECT; }
  bool IsArray() const { return Type() == sj::dom::element_type::ARRAY; }
  bool IsString() const { return Type() == sj::dom::element_type::STRING; }
  bool IsNull() const { return Type() == sj::dom::element_type::NULL_VALUE; }
  bool IsNumber() const {
    auto t = Type();
    if (t == sj::dom::element_type::DOUBLE) Check(double(v));
    return t == sj::dom::element_type::INT64 || t == sj::dom::element_type::UINT64 || t == sj::dom::element_type::DOUBLE;
  }
  // RapidJSON's IsUint64: an integer (no fraction or exponent) from 0 to 2^64-1.
  bool IsUint64() const {
    auto t = Type();
    if (t == sj::dom::element_type::DOUBLE) Check(double(v));
    return t == sj::dom::element_type::UINT64 || (t == sj::dom::element_type::INT64 && int64_t(v) >= 0);
  }
  uint64_t GetUint64() const {
    return Type() == sj::dom::element_type::UINT64 ? uint64_t(v) : static_cast<uint64_t>(int64_t(v));
  }
  double GetDouble() const {
    switch (Type()) {
      case sj::dom::element_type::INT64: return static_cast<double>(int64_t(v));
      case sj::dom::element_type::UINT64: return static_cast<double>(uint64_t(v));
      default: return Check(double(v));
    }
  }
  std::string_view GetString() const { return std::string_view(v); }
  std::optional<FastView> Find(const char* k) const {
    sj::dom::element x;
    if (v.get_object().at_key(k).get(x) != sj::SUCCESS) return std::nullopt;
    return FastView{x, unsure};
  }
  template <typename F>
  void ForEach(F&& f) const {
    for (sj::dom::element x : sj::dom::array(v)) f(FastView{x, unsure});
  }
  bool NestsWithin(size_t limit) const { return Depth(v, 1, limit); }
  // The value as RapidJSON's Writer writes the value RapidJSON reads (Raw).
  template <typename W>
  void Write(W* w) const {
    WriteTo(v, w);
  }

 private:
  double Check(double x) const {
    if (x == 0 && std::signbit(x)) *unsure = true;
    return x;
  }
  static bool Depth(sj::dom::element x, size_t depth, size_t limit) {
    if (depth > limit) return false;
    if (x.type() == sj::dom::element_type::ARRAY) {
      for (sj::dom::element c : sj::dom::array(x))
        if (!Depth(c, depth + 1, limit)) return false;
    } else if (x.type() == sj::dom::element_type::OBJECT) {
      for (sj::dom::key_value_pair m : sj::dom::object(x))
        if (!Depth(m.value, depth + 1, limit)) return false;
    }
    return true;
  }
  template <typename W>
  void WriteTo(sj::dom::element x, W* w) const {
    switch (x.type()) {
      case sj::dom::element_type::ARRAY: {
        w->StartArray();
        rapidjson::SizeType n = 0;
        for (sj::dom::element c : sj::dom::array(x)) WriteTo(c, w), ++n;
        w->EndArray(n);
        break;
      }
      case sj::dom::element_type::OBJECT: {
        w->StartObject();
        rapidjson::SizeType n = 0;
        for (sj::dom::key_value_pair m : sj::dom::object(x)) {
          w->Key(m.key.data(), static_cast<rapidjson::SizeType>(m.key.size()));
          WriteTo(m.value, w);
          ++n;
        }
        w->EndObject(n);
        break;
      }
      case sj::dom::element_type::STRING: {
        std::string_view s(x);
        w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        break;
      }
      case sj::dom::element_type::INT64: w->Int64(int64_t(x)); break;
      case sj::dom::element_type::UINT64: w->Uint64(uint64_t(x)); break;
      case sj::dom::element_type::DOUBLE: w->Double(Check(double(x))); break;
      case sj::dom::element_type::BOOL: w->Bool(bool(x)); break;
      case sj::dom::element_type::NULL_VALUE: w->Null(); break;
    }
  }
};
#endif

template <typename V>
std::string Str(const V& o, const char* k) {
  auto x = o.Find(k);
  if (!x || !x->IsString()) return {};
  return std::string(x->GetString());
}
template <typename V>
std::optional<V> Obj(const V& o, const char* k) {
  auto x = o.Find(k);
  if (x && x->IsObject()) return x;
  return std::nullopt;
}
template <typename V>
bool Uint(const V& o, const char* k, uint64_t* v) {
  auto x = o.Find(k);
  if (!x || !x->IsUint64()) return false;
  *v = x->GetUint64();
  return true;
}
template <typename V>
double Num(const V& o, const char* k, bool* has = nullptr) {
  auto x = o.Find(k);
  bool ok = x && x->IsNumber();
  if (has) *has = ok;
  return ok ? x->GetDouble() : 0;
}
template <typename V>
std::string Raw(const V& v) {
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  v.Write(&w);
  return b.GetString();
}
// A document id as marsad writes it: a string, or a number written back as JSON.
template <typename V>
std::string Id(const V& v) {
  return v.IsString() ? std::string(v.GetString()) : Raw(v);
}

template <typename V>
void ReadActor(const V& e, const char* key, std::string* id, std::string* name, int* inter) {
  auto a = Obj(e, key);
  if (!a) return;
  *id = Str(*a, "id");
  *name = Str(*a, "name");
  *inter = static_cast<int>(Num(*a, "inter"));
}

template <typename V>
void ReadPlace(const V& e, Report* r) {
  auto p = Obj(e, "place");
  if (!p) return;
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

template <typename V>
Status ReadEvent(const V& e, size_t index, Report* r) {
  if (!e.IsObject()) return InvalidInput("events[" + std::to_string(index) + "] is not an object");
  r->index = static_cast<uint32_t>(index);
  uint64_t s = 0, en = 0;
  if (!Uint(e, "start", &s) || !Uint(e, "end", &en) || en < s || en > UINT32_MAX)
    return InvalidInput("events[" + std::to_string(index) + "] has no valid start/end");
  r->spans.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(en));
  std::string mention_text;
  if (auto ms = e.Find("mentions"); ms && ms->IsArray()) {
    ms->ForEach([&](const V& m) {
      if (!m.IsObject() || !Uint(m, "start", &s) || !Uint(m, "end", &en) || en < s || en > UINT32_MAX) return;
      if (std::make_pair(uint32_t(s), uint32_t(en)) == r->spans.front()) return;
      r->spans.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(en));
      if (std::string surface = Str(m, "surface"); !surface.empty()) mention_text += "\n" + surface;
    });
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
  r->toll_stated = e.Find("fatalities_quantity").has_value() || r->fatalities > 0;
  r->confidence = Num(e, "confidence");
  if (auto c = e.Find("claimed_by"); c && !c->IsNull()) {
    if (!c->NestsWithin(32)) return InvalidInput("events[" + std::to_string(index) + "].claimed_by nests too deep");
    r->claimed_by_json = Raw(*c);
  }
  r->notes = Str(e, "notes");
  if (std::string src = Str(e, "source"); !src.empty()) r->source = src;
  return Status::Ok();
}

// The reports of a record parsed as `d` (an object with an "id"; not an error record), or
// the error naming what is wrong.
template <typename V>
Status ReadRecord(const V& d, const V& id, std::vector<Report>* out) {
  auto evs = d.Find("events");
  if (!evs) return Status::Ok();  // extracted without events
  if (!evs->IsArray()) return InvalidInput("\"events\" is not an array");
  Report base;
  base.doc_id = Id(id);
  base.lang = Str(d, "lang");
  base.published = Str(d, "published");
  base.url = Str(d, "url");
  base.source = Str(d, "source");  // the outlet (written by extract when it knows it)
  size_t i = 0;
  Status st = Status::Ok();
  evs->ForEach([&](const V& e) {
    if (!st.ok()) return;
    Report r = base;
    st = ReadEvent(e, i++, &r);
    if (st.ok()) out->push_back(std::move(r));
  });
  return st;
}

// The members of an extraction record the merge reads. The others (places, actors, focus,
// dates, quantities: four fifths of the corpus output's bytes) are read and checked, but
// no document is built of them: building them was a third of merging the corpus output.
bool Wanted(std::string_view key) {
  for (std::string_view k : {"id", "events", "lang", "published", "url", "source", "error"})
    if (key == k) return true;
  return false;
}

// A reader's handler that builds a document of the Wanted members of a top-level object
// only: every event of the line reaches it (RapidJSON checks the whole line), but the
// values of the other members are stepped over as they stream past and never built. One
// pass where there were three: finding the wanted members by hand, checking the whole line
// with a reader that builds nothing, parsing the members cut out (merging the corpus
// output: 3.90 G -> 3.34 G instructions, the records byte-identical).
class WantedFilter {
 public:
  explicit WantedFilter(rapidjson::Document* d) : d_(*d) {}
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
    bool keep = Keep();
    ++depth_;
    return !keep || d_.StartObject();
  }
  bool EndObject(rapidjson::SizeType n) {
    if (--depth_ == 0 && object_root_) return d_.EndObject(kept_);
    return !Keep() || d_.EndObject(n);
  }
  bool StartArray() {
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
  size_t depth_ = 0;  // containers open
  rapidjson::SizeType kept_ = 0;  // the root's members built
  bool object_root_ = false, skipping_ = false;
};

#if MARSAD_HAVE_SIMDJSON
// The fast path: simdjson checks the whole line (its structure, its strings' escapes and
// UTF-8, its numbers) at vector speed and builds a DOM of it, from which the same members are
// read as on the checked path. It decides only the lines it reads as extraction records, with
// no value RapidJSON could read otherwise; anything else (a line simdjson rejects, a record
// that is an error, a negative zero) is nullopt, for the checked path to decide and name.
// A line simdjson accepts RapidJSON accepts too (simdjson is the stricter: UTF-8, depth).
struct FastState {
  sj::dom::parser parser;
  std::string buf;  // the line, padded as simdjson reads it
};
FastState& Fast() {
  thread_local FastState st;
  return st;
}

// Whether the line may hold a number RapidJSON rejects although it is JSON, which simdjson
// reads (RapidJSON's kParseErrorNumberTooBig: it stops at an exponent above 308 less the
// fraction's digits before it looks at the value, so "0e400" is an error, and at an integer
// part of 1.8e307). Broader, from the bytes alone (in strings too): a digit, 'e' or 'E', an
// optional sign and three digits, or a run of some 270 digits or more. Such a line takes the
// checked path. Sixteen bytes a step: a digit before an 'e' is rare, in text or in records.
bool RapidMayReject(std::string_view line) {
  const char* b = line.data();
  const size_t n = line.size();
  auto digit = [&](size_t p) { return p < n && b[p] >= '0' && b[p] <= '9'; };
  // The exponent after the 'e' at `at`, preceded by a digit: three digits or more.
  auto big_exponent = [&](size_t at) {
    size_t p = at + 1;
    p += p < n && (b[p] == '+' || b[p] == '-');
    return digit(p) && digit(p + 1) && digit(p + 2);
  };
  size_t i = 0, full = 0;  // full: all-digit blocks in a row
#if defined(__SSE2__)
  const __m128i zero = _mm_set1_epi8('0' - 1), nine = _mm_set1_epi8('9' + 1);
  const __m128i e = _mm_set1_epi8('e'), E = _mm_set1_epi8('E');
  bool last_digit = false;  // the last byte of the block before
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
    unsigned d = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, zero), _mm_cmplt_epi8(x, nine))));
    unsigned es = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, e), _mm_cmpeq_epi8(x, E))));
    unsigned after_digit = es & ((d << 1) | unsigned(last_digit));
    for (; after_digit != 0; after_digit &= after_digit - 1)
      if (big_exponent(i + static_cast<size_t>(__builtin_ctz(after_digit)))) return true;
    full = d == 0xFFFF ? full + 1 : 0;
    if (full >= 17) return true;  // 272 digits in a row
    last_digit = (d >> 15) & 1;
  }
#endif
  size_t run = full * 16;
  for (; i < n; ++i) {
    if (digit(i)) {
      if (++run >= 272) return true;
    } else {
      if ((b[i] == 'e' || b[i] == 'E') && i > 0 && digit(i - 1) && big_exponent(i)) return true;
      run = 0;
    }
  }
  return false;
}

std::optional<Status> ReadFast(std::string_view line, std::vector<Report>* out, bool* was_error) {
  FastState& st = Fast();
  // Grown in powers of two from 64 KiB: a parser grown line by line (simdjson frees and
  // allocates its buffers anew) left the heap fragmented, peak RSS growing with the input.
  if (line.size() > st.parser.capacity()) {
    size_t cap = std::bit_ceil(std::max<size_t>(line.size(), 64 << 10));
    if (st.parser.allocate(cap) != sj::SUCCESS) return std::nullopt;
    st.buf.resize(cap + sj::SIMDJSON_PADDING);
  }
  std::memcpy(st.buf.data(), line.data(), line.size());
  sj::dom::element root;
  bool ok = st.parser.parse(st.buf.data(), line.size(), false).get(root) == sj::SUCCESS;
  // Memory stays bounded: a parser grown for an outsize line is let go.
  auto release = [&] {
    if (st.buf.size() > (4u << 20)) {
      st = FastState();
    }
  };
  if (!ok || root.type() != sj::dom::element_type::OBJECT || RapidMayReject(line)) {
    release();
    return std::nullopt;
  }
  bool unsure = false;
  FastView d{root, &unsure};
  auto id = d.Find("id");
  std::optional<Status> res;
  if (!id || !(id->IsString() || id->IsNumber()) || d.Find("error")) {
    res = std::nullopt;  // the checked path names the error, or counts an error record
  } else {
    size_t n0 = out->size();
    Status s = ReadRecord(d, *id, out);
    if (s.ok() && !unsure) {
      *was_error = false;
      res = s;
    } else {
      out->erase(out->begin() + static_cast<std::ptrdiff_t>(n0), out->end());
    }
  }
  release();
  return res;
}
#endif

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

void ReleaseReadMemory() {
#if MARSAD_HAVE_SIMDJSON
  Fast() = FastState();
#endif
}

Status ReadReports(std::string_view line, std::string_view where, std::vector<Report>* out, bool* was_error) {
  *was_error = false;
#if MARSAD_HAVE_SIMDJSON
  if (auto fast = ReadFast(line, out, was_error)) return *fast;
#endif
  rapidjson::Document d;
  // Parsed in place (strings are not copied a second time: a quarter faster on records),
  // the whole line checked, only the members the merge reads built.
  std::string buf(line);
  rapidjson::InsituStringStream is(buf.data());
  rapidjson::Reader reader;
  rapidjson::ParseResult parsed;
  auto build = [&](rapidjson::Document& doc) {
    WantedFilter filter(&doc);
    parsed = reader.Parse<json::kParseFlags | rapidjson::kParseInsituFlag>(is, filter);
    return !parsed.IsError();
  };
  d.Populate(build);
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
  if (Status s = ReadRecord(RapidView{&d}, RapidView{&id->value}, out); !s.ok()) return fail(s.message());
  return Status::Ok();
}

}  // namespace marsad::records
