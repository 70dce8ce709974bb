// The streaming merge: an external sort of reports by (area, dates, document, event), then
// a sweep of each area in date order that files every report into a complete-link cluster
// (marsad/records.h).
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <memory>
#include <optional>
#include <queue>
#include <span>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include "internal.h"
#include "marsad/batch.h"
#include "marsad/records.h"

namespace marsad::records {
namespace {

// A report with its area computed once: the sort key is (area, day_lo, day_hi, doc_id,
// index), then the whole encoding, so equal keys (a document read twice) still sort alike.
struct Item {
  std::string area;
  Report r;
  std::string enc;  // the encoding (for runs and the last tie-break)
};

// --- a flat binary encoding of a report (runs on disk) -------------------------------------
void PutU32(std::string* o, uint32_t v) { o->append(reinterpret_cast<const char*>(&v), 4); }
void PutStr(std::string* o, std::string_view s) {
  PutU32(o, static_cast<uint32_t>(s.size()));
  o->append(s);
}
template <typename T>
void PutPod(std::string* o, const T& v) {
  o->append(reinterpret_cast<const char*>(&v), sizeof v);
}

std::string Encode(const Report& r) {
  std::string o;
  o.reserve(256 + r.evidence.size() + r.sentences.size() + r.notes.size() + r.claimed_by_json.size());
  for (const std::string* s : {&r.doc_id, &r.source, &r.url, &r.published, &r.lang, &r.event_type, &r.sub_event_type,
                               &r.actor1, &r.actor2, &r.actor1_name, &r.actor2_name, &r.place_key, &r.place_name,
                               &r.country, &r.admin1, &r.feature, &r.date, &r.date_precision, &r.date_source,
                               &r.claimed_by_json, &r.notes, &r.evidence})
    PutStr(&o, *s);
  // The sentences begin with the evidence (ReadEvent): its bytes are not written twice (a
  // quarter of the runs' bytes). Their length, a mark, the rest: two encodings of one
  // evidence still compare as they did whole (Less).
  bool after_evidence = r.sentences.starts_with(r.evidence);
  PutU32(&o, static_cast<uint32_t>(r.sentences.size()));
  PutPod(&o, static_cast<uint8_t>(after_evidence));
  PutStr(&o, std::string_view(r.sentences).substr(after_evidence ? r.evidence.size() : 0));
  PutPod(&o, r.index);
  PutPod(&o, r.inter1);
  PutPod(&o, r.inter2);
  PutPod(&o, r.lat);
  PutPod(&o, r.lon);
  uint8_t flags = (r.has_point ? 1 : 0) | (r.place_from_focus ? 2 : 0) | (r.toll_stated ? 4 : 0);
  PutPod(&o, flags);
  PutPod(&o, r.day_lo);
  PutPod(&o, r.day_hi);
  PutPod(&o, r.fatalities);
  PutPod(&o, r.confidence);
  PutU32(&o, static_cast<uint32_t>(r.spans.size()));
  for (auto [s, e] : r.spans) {
    PutU32(&o, s);
    PutU32(&o, e);
  }
  return o;
}

class Decoder {
 public:
  explicit Decoder(std::string_view s) : s_(s) {}
  template <typename T>
  void Pod(T* v) {
    if (pos_ + sizeof(T) > s_.size()) return Fail();
    std::memcpy(v, s_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
  }
  void Str(std::string* v) {
    uint32_t n = 0;
    Pod(&n);
    if (pos_ + n > s_.size()) return Fail();
    v->assign(s_.data() + pos_, n);
    pos_ += n;
  }
  bool ok() const { return ok_ && pos_ == s_.size(); }

 private:
  void Fail() {
    ok_ = false;
    pos_ = s_.size();
  }
  std::string_view s_;
  size_t pos_ = 0;
  bool ok_ = true;
};

bool Decode(std::string_view s, Report* r) {
  Decoder d(s);
  for (std::string* f : {&r->doc_id, &r->source, &r->url, &r->published, &r->lang, &r->event_type, &r->sub_event_type,
                         &r->actor1, &r->actor2, &r->actor1_name, &r->actor2_name, &r->place_key, &r->place_name,
                         &r->country, &r->admin1, &r->feature, &r->date, &r->date_precision, &r->date_source,
                         &r->claimed_by_json, &r->notes, &r->evidence})
    d.Str(f);
  uint32_t size = 0;
  uint8_t after_evidence = 0;
  d.Pod(&size);
  d.Pod(&after_evidence);
  d.Str(&r->sentences);
  if (after_evidence) r->sentences.insert(0, r->evidence);
  if (r->sentences.size() != size) return false;
  uint8_t flags = 0;
  d.Pod(&r->index);
  d.Pod(&r->inter1);
  d.Pod(&r->inter2);
  d.Pod(&r->lat);
  d.Pod(&r->lon);
  d.Pod(&flags);
  r->has_point = flags & 1;
  r->place_from_focus = flags & 2;
  r->toll_stated = flags & 4;
  d.Pod(&r->day_lo);
  d.Pod(&r->day_hi);
  d.Pod(&r->fatalities);
  d.Pod(&r->confidence);
  uint32_t n = 0;
  d.Pod(&n);
  r->spans.clear();
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t a = 0, b = 0;
    d.Pod(&a);
    d.Pod(&b);
    r->spans.emplace_back(a, b);
    if (r->spans.size() > s.size()) break;  // a corrupt count: the check below fails
  }
  return d.ok();
}

// An encoding's document id (its first field).
std::string_view EncodedDocId(std::string_view enc) {
  uint32_t n = 0;
  std::memcpy(&n, enc.data(), 4);
  return enc.substr(4, n);
}

// A report in the sort buffer: its sort key and its encoding, and the report itself only
// while no run was written (all of the buffer is swept from memory then, else all of it goes
// to runs and the report would only be freed there): after the first spill a report is
// dropped as soon as it is encoded. A buffered report was moved twice as the buffer grew (a
// kilobyte of 22 strings; 4% of the CPU at 10x the corpus) and freed a run later.
struct Buffered {
  std::string area;
  int32_t day_lo = 0, day_hi = 0;
  uint32_t index = 0;
  std::string enc;
  std::unique_ptr<Report> r;
};

template <typename X>
auto SortKey(const X& x) {
  if constexpr (std::is_same_v<X, Item>) {
    return std::make_tuple(std::string_view(x.area), x.r.day_lo, x.r.day_hi, std::string_view(x.r.doc_id), x.r.index);
  } else {
    return std::make_tuple(std::string_view(x.area), x.day_lo, x.day_hi, EncodedDocId(x.enc), x.index);
  }
}

template <typename X>
bool Less(const X& x, const X& y) {
  auto kx = SortKey(x), ky = SortKey(y);
  if (kx != ky) return kx < ky;
  return x.enc < y.enc;
}

// --- sorted runs on disk ---------------------------------------------------------------------
struct RunWriter {
  std::FILE* f = nullptr;
  std::string path;
  Status Open(const std::string& p) {
    path = p;
    f = std::fopen(p.c_str(), "wb");
    if (f == nullptr) return IoError("cannot write " + p + ": " + std::strerror(errno));
    std::setvbuf(f, nullptr, _IOFBF, 1 << 14);
    return Status::Ok();
  }
  bool Put(const std::string& enc) {
    uint32_t n = static_cast<uint32_t>(enc.size());
    return std::fwrite(&n, 4, 1, f) == 1 && std::fwrite(enc.data(), 1, n, f) == n;
  }
  Status Close() {
    bool bad = std::ferror(f) != 0;
    bad |= std::fclose(f) != 0;
    f = nullptr;
    return bad ? IoError("cannot write " + path + " (disk full?)") : Status::Ok();
  }
};

struct RunReader {
  std::FILE* f = nullptr;
  std::string path;
  Item head;
  bool done = false;
  bool across_countries = false;
  ~RunReader() {
    if (f) std::fclose(f);
  }
  Status Open(const std::string& p) {
    path = p;
    f = std::fopen(p.c_str(), "rb");
    if (f == nullptr) return IoError("cannot read " + p + ": " + std::strerror(errno));
    std::setvbuf(f, nullptr, _IOFBF, 1 << 14);
    return Next();
  }
  Status Next() {
    uint32_t n = 0;
    if (std::fread(&n, 4, 1, f) != 1) {
      done = true;
      return std::ferror(f) ? IoError("cannot read " + path) : Status::Ok();
    }
    head.enc.resize(n);
    head.r = Report();
    if (std::fread(head.enc.data(), 1, n, f) != n || !Decode(head.enc, &head.r))
      return Corrupt(path + ": a merge run is truncated or corrupt");
    head.area = head.r.Area(across_countries);
    return Status::Ok();
  }
};

// --- the sweep ----------------------------------------------------------------------------------
// A cluster's reports, each in an allocation of its own: a record's reports grew by a
// quarter at a time, and every growth moved each report (a kilobyte of 22 strings; at 10x
// the corpus four moves a report, 3% of the CPU), as did absorbing a cluster. Reports are
// moved once, into the record that is written; the cluster moves pointers.
class OwnedReports {
 public:
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Report;
    using difference_type = std::ptrdiff_t;
    using pointer = Report*;
    using reference = Report&;
    Iterator() = default;
    explicit Iterator(Report* const* p) : p_(p) {}
    Report& operator*() const { return **p_; }
    Iterator& operator++() {
      ++p_;
      return *this;
    }
    Iterator operator++(int) { return Iterator(p_++); }
    bool operator==(const Iterator& o) const { return p_ == o.p_; }

   private:
    Report* const* p_ = nullptr;
  };

  OwnedReports() = default;
  OwnedReports(const OwnedReports&) = delete;
  OwnedReports& operator=(const OwnedReports&) = delete;
  OwnedReports(OwnedReports&& o) noexcept : v_(std::move(o.v_)) { o.v_.clear(); }
  OwnedReports& operator=(OwnedReports&& o) noexcept {
    if (this != &o) {
      clear();
      v_.swap(o.v_);
    }
    return *this;
  }
  ~OwnedReports() { clear(); }

  size_t size() const { return v_.size(); }
  Report& operator[](size_t i) const { return *v_[i]; }
  Iterator begin() const { return Iterator(v_.data()); }
  Iterator end() const { return Iterator(v_.data() + v_.size()); }
  // The reports as OneIncidentRecords reads them.
  std::span<const Report* const> span() const { return {v_.data(), v_.size()}; }
  // Released only once the vector holds it: a growth that throws leaves it with `r`.
  void push_back(std::unique_ptr<Report> r) {
    v_.push_back(r.get());
    r.release();
  }
  // Hands the reports over one by one (the cluster is left empty).
  std::vector<std::unique_ptr<Report>> Release() {
    std::vector<std::unique_ptr<Report>> out;
    out.reserve(v_.size());
    for (Report* r : v_) out.emplace_back(r);
    v_.clear();
    return out;
  }
  // The reports, moved into a record's vector (the cluster is left empty).
  std::vector<Report> Take() {
    std::vector<Report> out;
    out.reserve(v_.size());
    for (Report* r : v_) out.push_back(std::move(*r));
    clear();
    return out;
  }
  template <typename Less>
  void Sort(Less less) {
    std::sort(v_.begin(), v_.end(), [&](const Report* x, const Report* y) { return less(*x, *y); });
  }
  void clear() {
    for (Report* r : v_) delete r;
    v_.clear();
  }

 private:
  std::vector<Report*> v_;
};

// The lead of a record's reports: the most exact date, then a place from the event's own
// sentence, then the most confident report; the record takes its type, actors and place.
template <typename Reports>
size_t Lead(const Reports& reports) {
  auto rank = [](const Report& r) {
    int date = !r.dated() ? 4 : r.day_lo == r.day_hi ? 0 : r.day_hi - r.day_lo <= 1 ? 1 : r.day_hi - r.day_lo <= 6 ? 2 : 3;
    return std::make_tuple(date, r.place_from_focus, -r.confidence);
  };
  size_t lead = 0;
  for (size_t i = 1; i < reports.size(); ++i)
    if (rank(reports[i]) < rank(reports[lead])) lead = i;
  return lead;
}

Record MakeRecord(std::vector<Report> reports) {
  Record rec;
  rec.reports = std::move(reports);
  std::string ids;
  int32_t lo = INT32_MIN, hi = INT32_MAX;
  for (const Report& r : rec.reports) {
    ids += r.doc_id;
    ids.push_back('\0');
    ids += std::to_string(r.index);
    ids.push_back('\0');
    if (r.dated()) {
      lo = std::max(lo, r.day_lo);
      hi = std::min(hi, r.day_hi);
    }
  }
  char hex[24];
  std::snprintf(hex, sizeof hex, "r%016llx", static_cast<unsigned long long>(batch::IdHash(ids)));
  rec.record_id = hex;
  rec.lead = Lead(rec.reports);
  const Report& lead = rec.reports[rec.lead];
  if (lo != INT32_MIN && lo > hi) {
    // The reports' days are apart (within the slack): the lead's day, ACLED's "within a week".
    std::swap(lo, hi);
    rec.time_precision = 2;
  }
  if (lo != INT32_MIN) {
    int32_t own = lead.dated() ? DayInterval(lead.date, "day", false).first : lo;
    int32_t day = own >= lo && own <= hi ? own : lo;
    rec.event_date = IsoDay(day);
    rec.date_last = IsoDay(std::max(day, hi));
    if (rec.time_precision == 0) rec.time_precision = hi == lo ? 1 : hi - lo <= 6 ? 2 : 3;
  } else if (!lead.date.empty()) {  // one report, dated too vaguely to join
    rec.event_date = rec.date_last = lead.date.substr(0, 10);
    rec.time_precision = lead.date_precision == "day" ? 1 : lead.date_precision == "week" ? 2 : 3;
  }
  std::vector<const Report*> ptrs;
  for (const Report& r : rec.reports) ptrs.push_back(&r);
  rec.toll = ConservativeToll(ptrs);
  return rec;
}

// Whether two reports of the sweep come from one document: the hashes of their ids first
// (Report::doc), a string comparison only when they are equal.
bool OneDocument(const Report& a, const Report& b) { return a.doc == b.doc && a.doc_id == b.doc_id; }

// Small ids for the contents of the open reports (ContentKey, Report::content): reports
// alike in every field the rules read share one. Each report's key is looked up once, when
// it enters the sweep; an id lives while an open report holds it, and two open reports have
// one id when their keys are equal.
class ContentIds {
 public:
  // *was_new: no open report had the content (its id and generation are new to the run).
  uint32_t Acquire(std::string key, bool* was_new) {
    auto [at, fresh] = ids_.try_emplace(std::move(key));
    *was_new = fresh;
    if (fresh) {
      if (free_.empty()) {
        free_.push_back(static_cast<uint32_t>(entries_.size() + 1));
        entries_.push_back(nullptr);
        generations_.push_back(0);
      }
      at->second.id = free_.back();
      free_.pop_back();
      entries_[at->second.id - 1] = &*at;  // element pointers survive rehashing
    }
    ++at->second.reports;
    return at->second.id;
  }
  void Release(uint32_t id) {
    if (id == 0) return;
    auto* e = entries_[id - 1];
    if (--e->second.reports > 0) return;
    entries_[id - 1] = nullptr;
    ++generations_[id - 1];  // what was remembered of the id's content is of another now
    free_.push_back(id);
    ids_.erase(ids_.find(e->first));  // by iterator: the key is the element's own
  }
  // How many times the id was freed: (id, generation) names one content for the whole run.
  uint32_t Generation(uint32_t id) const { return generations_[id - 1]; }

 private:
  struct Entry {
    uint32_t id = 0, reports = 0;
  };
  std::unordered_map<std::string, Entry> ids_;
  std::vector<std::pair<const std::string, Entry>*> entries_;  // by id - 1
  std::vector<uint32_t> generations_;                          // by id - 1
  std::vector<uint32_t> free_;
};

// Compatible(m, r) between the reports m of the open clusters and a new report r,
// remembered by the two reports' contents (content id and generation, ContentIds): the
// verdict depends on nothing else when they are of two documents. Copies of one wire story
// in several papers are mostly alike in every field the rules read, and complete link asks a
// cluster of copies the same question once per copy, and each copy of the new report asks
// it again: with the corpus replicated 10x (every incident told ten times as often), 55% of
// the merge's time went to such repeated questions when a verdict was remembered for one new
// report only, and TextSimilarity was still a fifth of it. Without a model only (the scorer
// reads more than the rules).
class VerdictMemo {
 public:
  VerdictMemo(const MergeOptions& opt, const ContentIds& ids) : opt_(opt), ids_(ids), pairs_(kPairs), tags_(kPairs) {}
  // `new_content`: no open report had r's content, so the pair table holds nothing of it yet
  // (its id and generation are new): Of only writes there, reading is a cache miss for no
  // hit (on the corpus, seven reports in eight; at 10x one in ten).
  void Start(const Report* r, bool new_content) {
    r_ = r;
    new_content_ = new_content;
    r_key_ = r->content == 0 ? 0 : uint64_t{ids_.Generation(r->content)} << 32 | r->content;
    ++epoch_;  // forgets every slot of the last report
  }
  // Compatible(m, r) for an open report m of another document than r's, whose content id is
  // `content` (m.content: given apart so that m is read only when the rules are asked).
  // The verdict is valid until the next call. Two direct-mapped tables (no allocation, no
  // search; a slot taken by another is overwritten): the new report's verdicts by the open
  // report's content id (ids are small and reused: a small table, met again and again by the
  // reports of a cluster), then every pair's by both contents' ids and generations.
  // The first table's hit is all most calls do (at 10x the corpus, thousands a new report:
  // complete link reads every report of a candidate record), so it is inlined in the
  // sweep's loops and returns a reference: a call and the copy of a verdict were two thirds
  // of the instructions of such a hit.
  const Verdict& Of(uint32_t content, const Report& m) {
    if (opt_.model == nullptr && content != 0 && r_->content != 0) {
      const Mine& s = mine_[content % mine_.size()];
      if (s.epoch == epoch_ && s.content == content) return s.v;
    }
    return OfSlow(content, m);
  }

  // Asks the memory for the pair slot Of(content, ...) will read, when the new report has
  // no verdict for it yet: the table is read at random, a cache miss a lookup (half of Of's
  // time at 10x the corpus), so the sweep announces the reports it will ask about next.
  void Prefetch(uint32_t content) const {
    if (content == 0 || r_key_ == 0 || new_content_) return;
    const Mine& s = mine_[content % mine_.size()];
    if (s.epoch == epoch_ && s.content == content) return;
    uint64_t h = HashOf(KeyOf(content));
    if (tags_[h % kPairs] == TagOf(h)) __builtin_prefetch(&pairs_[h % kPairs]);
  }

 private:
  // Of past the first table: the pair table, else the rules.
  [[gnu::noinline]] const Verdict& OfSlow(uint32_t content, const Report& m) {
    if (opt_.model != nullptr || content == 0 || r_->content == 0) return last_ = Compatible(m, *r_, opt_);
    Mine& s = mine_[content % mine_.size()];
    uint64_t key_m = KeyOf(content), h = HashOf(key_m);
    size_t slot = h % kPairs;
    uint8_t tag = TagOf(h);
    Verdict v;
    // The slot is read only when its tag (a byte of the pair's hash, in a table that stays in
    // the cache) says it may hold the pair.
    if (!new_content_ && tags_[slot] == tag && pairs_[slot].m == key_m && pairs_[slot].r == r_key_) {
      v = pairs_[slot].v;
    } else {
      v = Compatible(m, *r_, opt_);
      // Kept when the rules compared the wording (the costly part; the others fail on a field
      // in a few instructions): a store to a line not in the cache is a miss too, and at 1x
      // the corpus most reports have no copy to read it back.
      if (v.similarity >= 0) {
        pairs_[slot] = {key_m, r_key_, v};
        tags_[slot] = tag;
      }
    }
    s = {epoch_, content, v};
    return s.v;
  }

  uint64_t KeyOf(uint32_t content) const { return uint64_t{ids_.Generation(content)} << 32 | content; }
  uint64_t HashOf(uint64_t key_m) const {
    uint64_t h = (key_m * 0x9E3779B97F4A7C15ull) ^ (r_key_ * 0xC2B2AE3D27D4EB4Full);
    return h ^ h >> 29;
  }
  static uint8_t TagOf(uint64_t h) { return static_cast<uint8_t>(h >> 56) | 1; }  // 0: empty
  static constexpr size_t kPairs = 1 << 14;
  struct Mine {
    uint64_t epoch = 0;
    uint32_t content = 0;
    Verdict v;
  };
  struct Pair {
    uint64_t m = 0, r = 0;  // 0: empty (an id is never 0)
    Verdict v;
  };
  const MergeOptions& opt_;
  const ContentIds& ids_;
  const Report* r_ = nullptr;
  uint64_t r_key_ = 0, epoch_ = 0;
  bool new_content_ = false;
  Verdict last_;  // OfSlow's verdict when not kept in a table
  std::array<Mine, 1024> mine_{};
  std::vector<Pair> pairs_;
  std::vector<uint8_t> tags_;  // by slot: TagOf the pair's hash, 0 for none
};

constexpr size_t kCopyScan = 8;  // reports of a cluster looked at for a copy after Fit stops

// The sweep: reports come in date order; each joins the open cluster it fits best or opens
// one. A cluster closes once no later report can reach its dates. With a model, a report
// meets only the open reports sharing one of its keys (a rare word, the place): an inverted
// index over the open reports, so the work per report is its candidates, not the window.
class Sweep {
 public:
  Sweep(const MergeOptions& opt, const RecordSink& sink, uint64_t* records)
      : opt_(opt), sink_(sink), records_(records), memo_(opt, contents_) {}

  Status Add(Item&& it) {
    if (it.area != area_) {  // another country: nothing open can meet what follows
      RETURN_IF_ERROR(CloseBefore(INT32_MAX));
      area_ = it.area;
    }
    if (it.area.empty()) return Emit(std::vector<Report>{std::move(it.r)});
    // A reprint may join a report two days off (MergeOptions::reprint_similarity): records
    // stay open a day longer (at 10x the corpus, peak RSS 24.5 -> 28.8 MB).
    int window = opt_.reprint_similarity <= 1 ? std::max(opt_.date_slack_days, 2) : opt_.date_slack_days;
    RETURN_IF_ERROR(CloseBefore(it.r.day_lo - window));
    if (opt_.model == nullptr) {
      PrepareOnce(&it.r);
    } else {
      Prepare(&it.r, opt_.model.get());
    }
    bool new_content = true;
    if (opt_.model == nullptr) it.r.content = contents_.Acquire(ContentKey(it.r), &new_content);
    it.r.doc = batch::IdHash(it.r.doc_id);
    if (opt_.model == nullptr) it.r.keys = RuleKeys(it.r);
    std::string().swap(it.r.sentences);  // the sketch and the words are all the sweep needs
    std::vector<std::pair<double, size_t>> fits;
    std::vector<size_t> copies;  // clusters holding a copy of the report's wording
    memo_.Start(&it.r, new_content);  // the clusters do not change until the report joins one
    std::vector<size_t> candidates = Candidates(it.r);
    for (size_t ci : candidates)
      for (size_t i = 0; i < std::min<size_t>(2, clusters_[ci].briefs.size()); ++i)
        memo_.Prefetch(clusters_[ci].briefs[i].content);
    for (size_t ci : candidates) {
      const Cluster& c = clusters_[ci];
      bool copy = false;
      size_t seen = 0;
      if (auto score = Fit(clusters_[ci], it.r, &copy, &seen)) fits.emplace_back(*score, ci);
      // Fit stops at the first report the new one does not fit: a copy may come after it
      // (but not after a report of the new one's document: that cluster cannot be bridged).
      // A few more are looked at, not all: looking at every report of every open cluster
      // grows with the square of the reports of a few days (the corpus replicated 10x: 2.5x
      // the CPU time), and on the corpus kCopyScan more give the same records as all.
      size_t scan_end = std::min(c.reports.size(), seen + kCopyScan);
      for (size_t i = seen; !copy && i < scan_end; ++i) memo_.Prefetch(c.briefs[i].content);
      for (size_t i = seen; !opt_.single_link && !copy && i < scan_end && !c.OneDocument(i, it.r); ++i) {
        const Verdict& v = memo_.Of(c.briefs[i].content, c.reports[i]);
        copy = v.ok && v.similarity >= opt_.copy_similarity;
      }
      if (copy) copies.push_back(ci);
    }
    // Best score first, then the older cluster: a total order, so the result is the same
    // whatever the machine.
    std::stable_sort(fits.begin(), fits.end(), [&](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : clusters_[x.second].seq < clusters_[y.second].seq;
    });
    size_t into = fits.empty() ? NewCluster() : fits[0].second;
    Join(into, std::make_unique<Report>(std::move(it.r)));
    if (!opt_.single_link) {
      bool bridged = Bridge(into, std::move(copies));
      if (Unite(into, fits) || bridged) SortReports(into);
    }
    return Status::Ok();
  }
  Status Finish() { return CloseBefore(INT32_MAX); }

 private:
  // What the sweep reads of each report of a cluster for every new report, side by side
  // (a report is a kilobyte of fields: reading the two through the reports cost a cache miss
  // each, and a cluster is read whole for each new report that may join it).
  struct Brief {
    uint64_t doc = 0;  // Report::doc
    uint32_t content = 0;  // Report::content
  };
  struct Cluster {
    OwnedReports reports;
    std::vector<Brief> briefs;  // by report
    bool OneDocument(size_t i, const Report& r) const {
      return briefs[i].doc == r.doc && reports[i].doc_id == r.doc_id;
    }
    int32_t min_hi = INT32_MAX, max_hi = INT32_MIN;  // the earliest and latest last day of its reports
    uint64_t seq = 0;                                // creation order
    bool open = false;
    std::vector<uint32_t> keys;  // its reports' keys, sorted, each indexed once for it
  };

  // Prepare, once for the reports alike in what it reads (their sentences and whether they
  // are battles): the copies of one wire story in several papers mostly are, and they come
  // close together in the sweep (one country, days apart at most). Sketching a report is a
  // fifth of the merge's instructions (key normalization, hashing and sorting its 4-grams):
  // on the corpus, one report in eight is such a copy; replicated 10x, nine in ten are.
  // The entries of reports older than the window are dropped as the records close (Purge):
  // a copy met later is prepared again, to the same result.
  void PrepareOnce(Report* r) {
    // The key is made in a buffer kept from report to report, and copied into the table
    // only when new: most reports of 10x the corpus are copies (a 3 KB string allocated
    // and freed for each was 1-2% of the CPU).
    prepared_key_.assign(r->sentences);
    prepared_key_.push_back(r->event_type == "Battles" ? 'B' : '-');  // Prepare reads the type too
    auto at = prepared_.find(prepared_key_);
    const bool fresh = at == prepared_.end();
    if (fresh) at = prepared_.try_emplace(prepared_key_).first;
    Prepared& p = at->second;
    if (fresh) {
      Prepare(r, nullptr);
      p.grams = r->grams;
      p.day_parts = r->day_parts;
    } else {
      r->grams = p.grams;
      r->day_parts = p.day_parts;
    }
    p.last_day = std::max(p.last_day, r->day_lo);
  }

  // Drops the prepared entries of reports whose first day is before `day` (every entry at
  // INT32_MAX: another country), when the table has grown by 256 since the last purge (a
  // pass over it every 256 new entries; they hold the sentences, so memory stays near the
  // open window's).
  void Purge(int32_t day) {
    if (day != INT32_MAX && prepared_.size() < prepared_kept_ + 256) return;
    std::erase_if(prepared_, [&](const auto& e) { return day == INT32_MAX || e.second.last_day < day; });
    prepared_kept_ = prepared_.size();
  }

  // Without a scorer the rules decide, and a report they find compatible with another is of
  // its country and of its event type, or states its toll (RuleVerdict's one toll): those
  // are a report's keys, so it meets only the open clusters holding a report it may fit or
  // copy (a cluster holding none cannot take it, nor be bridged to). The country alone was
  // the key before: at 10x the corpus, a fifth of the merge's instructions went to Fit and
  // the copy scan over clusters of other types. `--pairs-out` (on_pair) still meets every
  // report of the country: the scorer's training pairs.
  std::vector<uint32_t> RuleKeys(const Report& r) const {
    if (opt_.on_pair) return {WordHash("@country:" + r.country)};
    std::vector<uint32_t> keys{WordHash("@type:" + r.country + "\n" + r.event_type)};
    if (opt_.toll_min > 0 && r.toll_stated && r.fatalities >= opt_.toll_min)
      keys.push_back(WordHash("@toll:" + r.country + "\n" + std::to_string(r.fatalities)));
    return keys;
  }

  // The open clusters the report may meet: those holding a report that shares a key.
  std::vector<size_t> Candidates(const Report& r) {
    std::vector<size_t> out;
    for (uint32_t k : r.keys) {
      auto hit = index_.find(k);
      if (hit == index_.end()) continue;
      auto& list = hit->second;
      // Entries of closed (and reused) clusters go as they are met.
      std::erase_if(list, [&](const std::pair<uint32_t, uint64_t>& e) {
        return !clusters_[e.first].open || clusters_[e.first].seq != e.second;
      });
      for (auto [ci, seq] : list) out.push_back(ci);
    }
    // A cluster is listed once under each key (Join): one key gives each cluster once.
    if (r.keys.size() > 1) {
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    if (opt_.on_pair)
      for (size_t ci : out)
        for (const Report& m : clusters_[ci].reports)
          if (m.doc_id != r.doc_id) opt_.on_pair(m, r, PairFeatures(m, r, opt_));
    return out;
  }

  // The report's score in the cluster (the mean over its reports), if it fits: complete
  // link, every report of the cluster is compatible with it; single link, one is.
  // *copy: a report met on the way is compatible and worded alike (>= copy_similarity);
  // *seen: how many of the cluster's reports were met (all, unless the report does not fit).
  std::optional<double> Fit(const Cluster& c, const Report& r, bool* copy, size_t* seen) {
    double sum = 0, best = -1e9;
    size_t n_ok = 0, n = 0;
    for (size_t i = 0; i < c.reports.size(); ++i) {
      if (i + 2 < c.briefs.size()) memo_.Prefetch(c.briefs[i + 2].content);
      ++*seen;
      if (c.OneDocument(i, r)) {
        if (!SplitIncident(c.reports[i], r, opt_)) return std::nullopt;
        continue;
      }
      ++n;
      const Verdict& v = memo_.Of(c.briefs[i].content, c.reports[i]);
      *copy |= v.ok && v.similarity >= opt_.copy_similarity;
      n_ok += v.ok;
      if (!v.ok && !opt_.single_link) return std::nullopt;
      if (v.ok) best = std::max(best, v.score);
      sum += v.score;
    }
    if (n_ok == 0) return std::nullopt;
    return opt_.single_link ? best : sum / static_cast<double>(n);
  }

  // Complete link splits the copies of one story between clusters when an early report
  // fits one cluster and not the other: in the corpus, six papers' copies of the SPA story
  // of Zinjibar's capture (9 Aug 2015) made two records, because one of them had also taken
  // a report placed in Lawdar that the other's copies are not compatible with. A report that
  // copies the wording of a report in another open cluster (compatible, similarity >=
  // copy_similarity) joins the two when no pair of their union is Apart (one document,
  // another country, days apart): a paraphrase is no evidence of two incidents.
  // `copies`: the open clusters other than `into` holding a copy of its new report.
  bool Bridge(size_t into, std::vector<size_t> copies) {
    std::sort(copies.begin(), copies.end(), [&](size_t x, size_t y) { return clusters_[x].seq < clusters_[y].seq; });
    bool merged = false;
    for (size_t ci : copies) {
      if (ci == into) continue;
      Cluster& c = clusters_[ci];
      auto apart = [&](const Report& m) {
        for (const Report& n : clusters_[into].reports)
          if (Apart(m, n, opt_)) return true;
        return false;
      };
      if (std::any_of(c.reports.begin(), c.reports.end(), apart)) continue;
      Absorb(into, ci);
      merged = true;
    }
    return merged;
  }

  // An article that tells an incident twice (the lead, then the civil defence spokesman's
  // paragraph: a projectile on a shop in Najran, 24 Jul 2015) puts its two events in two
  // clusters, since neither may join a cluster holding the other before a report of another
  // article does; the other papers' reports then fit both. A report joins the one it fits
  // best, and the other cluster it fits that holds an event of a document of `into` is united
  // with it when their reports all fit each other across (a report of one is compatible with
  // every report of the other, or is another event of its article telling the same incident,
  // SplitIncident): a complete-link cluster still. Only clusters sharing a document are
  // tried: trying every cluster the report fits joins no more pairs of the dev and training
  // sets and costs 30% more CPU on the corpus replicated 10x. `fits`: the open clusters the
  // new report fits, `into` among them.
  bool Unite(size_t into, const std::vector<std::pair<double, size_t>>& fits) {
    bool merged = false;
    for (auto [score, ci] : fits) {
      if (ci == into || !clusters_[ci].open) continue;  // Bridge may have absorbed it
      auto in_into = [&](const Report& m) {
        return std::any_of(clusters_[into].reports.begin(), clusters_[into].reports.end(),
                           [&](const Report& n) { return OneDocument(n, m); });
      };
      if (std::none_of(clusters_[ci].reports.begin(), clusters_[ci].reports.end(), in_into)) continue;
      auto fits_into = [&](const Report& m) {
        return std::all_of(clusters_[into].reports.begin(), clusters_[into].reports.end(), [&](const Report& n) {
          return OneDocument(m, n) ? SplitIncident(m, n, opt_) : Compatible(m, n, opt_).ok;
        });
      };
      if (!std::all_of(clusters_[ci].reports.begin(), clusters_[ci].reports.end(), fits_into)) continue;
      Absorb(into, ci);
      merged = true;
    }
    return merged;
  }

  // The record's reports in sort order again after a merge (its id and its mentions follow it).
  void SortReports(size_t ci) {
    Cluster& c = clusters_[ci];
    c.reports.Sort([](const Report& x, const Report& y) {
      return std::tie(x.day_lo, x.day_hi, x.doc_id, x.index) < std::tie(y.day_lo, y.day_hi, y.doc_id, y.index);
    });
    for (size_t i = 0; i < c.reports.size(); ++i) c.briefs[i] = {c.reports[i].doc, c.reports[i].content};
  }

  // Moves cluster `from`'s reports into `into` and frees `from` (its index entries go stale).
  void Absorb(size_t into, size_t from) {
    Cluster& c = clusters_[from];
    c.open = false;
    free_.push_back(from);
    open_.erase(std::find(open_.begin(), open_.end(), from));
    live_ -= c.keys.size();  // Join indexes them under `into`
    for (std::unique_ptr<Report>& r : c.reports.Release()) Join(into, std::move(r));
    c.briefs = {};
    c.keys = {};
  }

  size_t NewCluster() {
    size_t ci;
    if (!free_.empty()) {
      ci = free_.back();
      free_.pop_back();
    } else {
      ci = clusters_.size();
      clusters_.emplace_back();
    }
    Cluster& c = clusters_[ci];
    c = Cluster();
    c.seq = next_seq_++;
    c.open = true;
    open_.push_back(ci);
    return ci;
  }

  void Join(size_t ci, std::unique_ptr<Report> owned) {
    Cluster& c = clusters_[ci];
    const Report& r = *owned;
    c.min_hi = std::min(c.min_hi, r.day_hi);
    c.max_hi = std::max(c.max_hi, r.day_hi);
    for (uint32_t k : r.keys) {
      auto at = std::lower_bound(c.keys.begin(), c.keys.end(), k);
      if (at != c.keys.end() && *at == k) continue;
      c.keys.insert(at, k);
      index_[k].emplace_back(static_cast<uint32_t>(ci), c.seq);
      ++entries_;
      ++live_;
    }
    c.briefs.push_back({r.doc, r.content});
    c.reports.push_back(std::move(owned));
  }

  // Clusters no later report can join: one of their reports ends before `day` (the last
  // of them, with single link).
  Status CloseBefore(int32_t day) {
    Purge(day);
    if (opt_.join_records && !opt_.single_link) JoinClosingRecords(day);
    std::vector<size_t> still;
    for (size_t ci : open_) {
      Cluster& c = clusters_[ci];
      if ((opt_.single_link ? c.max_hi : c.min_hi) < day) {
        c.open = false;
        free_.push_back(ci);
        live_ -= c.keys.size();
        c.keys = {};
        for (const Report& r : c.reports) contents_.Release(r.content);
        RETURN_IF_ERROR(Emit(c.reports.Take()));
        c.briefs = {};
      } else {
        still.push_back(ci);
      }
    }
    open_ = std::move(still);
    // Closed clusters' entries are dropped as they are met; words never met again would
    // stay, so the index is rebuilt from the open clusters when it holds twice theirs.
    if (entries_ > 2 * live_ + 4096) {
      index_.clear();
      for (size_t ci : open_)
        for (uint32_t k : clusters_[ci].keys) index_[k].emplace_back(static_cast<uint32_t>(ci), clusters_[ci].seq);
      entries_ = live_;
    }
    return Status::Ok();
  }
  // Complete link keeps two records of one incident apart when a few reports of each
  // contradict a few of the other (the Suruç bombing: 40 reports and 11). Before a record
  // closes it joins the first open record (by creation) that tells the same incident
  // (OneIncidentRecords); the union closes with it, since it holds the closing reports.
  void JoinClosingRecords(int32_t day) {
    std::vector<size_t> closing;
    for (size_t ci : open_)
      if (clusters_[ci].min_hi < day) closing.push_back(ci);
    if (closing.empty()) return;
    // Each open record's lead, found once (a record's reports are read for it).
    const std::vector<size_t> open = open_;
    std::vector<size_t> lead(clusters_.size());
    for (size_t ci : open) lead[ci] = Lead(clusters_[ci].reports);
    for (size_t ci : closing) {
      if (!clusters_[ci].open) continue;
      const Report& a = clusters_[ci].reports[lead[ci]];
      if (a.event_type == "Battles") continue;  // OneIncidentRecords: never battles
      for (size_t cj : open) {
        if (cj == ci || !clusters_[cj].open || clusters_[cj].reports[lead[cj]].event_type != a.event_type) continue;
        if (!OneIncidentRecords(clusters_[ci].reports.span(), lead[ci], clusters_[cj].reports.span(), lead[cj], opt_))
          continue;
        Absorb(cj, ci);
        SortReports(cj);
        lead[cj] = Lead(clusters_[cj].reports);
        break;
      }
    }
  }
  Status Emit(std::vector<Report> reports) {
    ++*records_;
    return sink_(MakeRecord(std::move(reports)));
  }

  const MergeOptions& opt_;
  const RecordSink& sink_;
  uint64_t* records_;
  std::string area_ = "\x01";  // no area is this
  std::vector<Cluster> clusters_;  // slots, reused once closed
  std::vector<size_t> open_, free_;  // open clusters in creation order; closed slots
  uint64_t next_seq_ = 1;
  size_t entries_ = 0;  // entries added to the index since it was last rebuilt
  size_t live_ = 0;     // entries of open clusters
  std::unordered_map<uint32_t, std::vector<std::pair<uint32_t, uint64_t>>> index_;  // key -> (slot, seq)
  ContentIds contents_;  // of the reports of the open clusters
  struct Prepared {
    Sketch grams;  // shared with the reports that used it
    uint8_t day_parts = 0;
    int32_t last_day = INT32_MIN;  // the latest first day of a report that used it
  };
  std::unordered_map<std::string, Prepared> prepared_;  // PrepareOnce, by sentences and battle or not
  std::string prepared_key_;                             // PrepareOnce's key, reused
  size_t prepared_kept_ = 0;                             // entries left by the last Purge
  VerdictMemo memo_;     // Compatible(m, r) for the report being filed
};

constexpr size_t kFanIn = 64;  // runs merged at once (open files, read buffers)

}  // namespace

struct Merger::Impl {
  MergeOptions opt;
  std::vector<Buffered> buf;
  size_t buf_bytes = 0;
  std::string dir;  // the runs' directory, made on first spill
  std::vector<std::string> runs;
  uint64_t next_run = 0;

  ~Impl() {
    if (!dir.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir, ec);
    }
  }

  Status MakeDir() {
    if (!dir.empty()) return Status::Ok();
    std::string base = opt.temp_dir;
    if (base.empty()) {
      const char* t = std::getenv("TMPDIR");
      base = t && *t ? t : "/tmp";
    }
    std::string tmpl = base + "/marsad-merge.XXXXXX";
    if (::mkdtemp(tmpl.data()) == nullptr)
      return IoError("cannot make a directory for merge runs in " + base + ": " + std::strerror(errno));
    dir = tmpl;
    return Status::Ok();
  }
  std::string NewRunPath() { return dir + "/run-" + std::to_string(next_run++); }

  // The buffer's order by Less, as indices: moving whole items while sorting costs more.
  std::vector<uint32_t> SortedOrder() const {
    std::vector<uint32_t> order(buf.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return Less(buf[x], buf[y]); });
    return order;
  }

  Status Spill() {
    if (buf.empty()) return Status::Ok();
    RETURN_IF_ERROR(MakeDir());
    RunWriter w;
    RETURN_IF_ERROR(w.Open(NewRunPath()));
    bool ok = true;
    for (uint32_t i : SortedOrder()) ok = ok && w.Put(buf[i].enc);
    RETURN_IF_ERROR(w.Close());
    if (!ok) return IoError("cannot write " + w.path + " (disk full?)");
    runs.push_back(w.path);
    buf.clear();
    buf.shrink_to_fit();  // the next chunk starts small again: memory stays the chunk's
    buf_bytes = 0;
    return Status::Ok();
  }

  // Merges runs [first, first + n) in key order into `put`.
  template <typename Put>
  Status MergeRuns(const std::vector<std::string>& paths, Put&& put) {
    std::vector<std::unique_ptr<RunReader>> rs;
    for (const auto& p : paths) {
      rs.push_back(std::make_unique<RunReader>());
      rs.back()->across_countries = opt.model != nullptr;
      RETURN_IF_ERROR(rs.back()->Open(p));
    }
    auto greater = [&](size_t a, size_t b) { return Less(rs[b]->head, rs[a]->head); };
    std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
    for (size_t i = 0; i < rs.size(); ++i)
      if (!rs[i]->done) heap.push(i);
    while (!heap.empty()) {
      size_t i = heap.top();
      heap.pop();
      RETURN_IF_ERROR(put(std::move(rs[i]->head)));
      RETURN_IF_ERROR(rs[i]->Next());
      if (!rs[i]->done) heap.push(i);
    }
    return Status::Ok();
  }

  // Merges runs kFanIn at a time until at most kFanIn are left.
  Status ReduceRuns() {
    while (runs.size() > kFanIn) {
      std::vector<std::string> next;
      for (size_t i = 0; i < runs.size(); i += kFanIn) {
        std::vector<std::string> group(runs.begin() + i, runs.begin() + std::min(runs.size(), i + kFanIn));
        if (group.size() == 1) {
          next.push_back(group[0]);
          continue;
        }
        RunWriter w;
        RETURN_IF_ERROR(w.Open(NewRunPath()));
        bool ok = true;
        RETURN_IF_ERROR(MergeRuns(group, [&](Item&& it) {
          ok = ok && w.Put(it.enc);
          return Status::Ok();
        }));
        RETURN_IF_ERROR(w.Close());
        if (!ok) return IoError("cannot write " + w.path + " (disk full?)");
        for (const auto& p : group) std::remove(p.c_str());
        next.push_back(w.path);
      }
      runs = std::move(next);
    }
    return Status::Ok();
  }
};

Merger::Merger(MergeOptions opt) : impl_(new Impl) { impl_->opt = std::move(opt); }
Merger::~Merger() { delete impl_; }

Status Merger::AddLine(std::string_view line, std::string_view where) {
  std::vector<Report> rs;
  bool was_error = false;
  RETURN_IF_ERROR(ReadReports(line, where, &rs, &was_error));
  ++stats_.documents;
  stats_.error_records += was_error;
  for (Report& r : rs) RETURN_IF_ERROR(AddReport(std::move(r)));
  return Status::Ok();
}

Status Merger::AddReport(Report r) {
  ++stats_.reports;
  Buffered it;
  it.area = r.Area(impl_->opt.model != nullptr);
  it.enc = Encode(r);
  it.day_lo = r.day_lo;
  it.day_hi = r.day_hi;
  it.index = r.index;
  // What the item holds in memory, about: with the report, its strings (its encoding and the
  // evidence again: the encoding writes the sentences' copy of it once), the encoding, the
  // area and the bookkeeping of the strings; after the first spill, the encoding, the area
  // and the item (a run then holds twice the reports it did: half the runs, and half the
  // runs' read buffers and decoded heads while they are merged).
  if (impl_->runs.empty()) {
    impl_->buf_bytes += 2 * (it.enc.size() + r.evidence.size()) + it.area.size() + sizeof(Item) + 24 * 32;
    it.r = std::make_unique<Report>(std::move(r));
  } else {
    impl_->buf_bytes += it.enc.capacity() + it.area.capacity() + sizeof(Buffered) + 16;
  }
  impl_->buf.push_back(std::move(it));
  return impl_->buf_bytes >= impl_->opt.memory_bytes ? impl_->Spill() : Status::Ok();
}

Status Merger::Finish(const RecordSink& sink) {
  Sweep sweep(impl_->opt, sink, &stats_.records);
  if (impl_->runs.empty()) {  // everything fit in memory
    for (uint32_t i : impl_->SortedOrder()) {
      Item it{std::move(impl_->buf[i].area), std::move(*impl_->buf[i].r), std::move(impl_->buf[i].enc)};
      impl_->buf[i].r.reset();
      RETURN_IF_ERROR(sweep.Add(std::move(it)));
    }
    impl_->buf.clear();
    return sweep.Finish();
  }
  RETURN_IF_ERROR(impl_->Spill());
  RETURN_IF_ERROR(impl_->ReduceRuns());
  stats_.runs = impl_->next_run;
  RETURN_IF_ERROR(impl_->MergeRuns(impl_->runs, [&](Item&& it) { return sweep.Add(std::move(it)); }));
  return sweep.Finish();
}

}  // namespace marsad::records
