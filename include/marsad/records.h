// Records layer (src/records): one record per incident across many reports (docs/merge.md).
//
// `marsad merge` reads extraction output (the JSON records `marsad extract` writes) and
// joins the events of different articles that report the same incident into one merged
// record, the way an ACLED coder files ten outlets' reports of one air strike as one row.
//
// Two reports (events) may join when (Compatible) they come from different documents, their
// places are in one country, and the day intervals their dates allow (a day; the day of
// publication or the one before it; a week; never a month, a year or no date) are at most
// MergeOptions::date_slack_days apart (when both articles name the day themselves, only if
// they are copies of one story: similarity >= MergeOptions::copy_similarity); and then either
//  - their sentences are worded alike (character 4-gram Jaccard of every sentence that
//    reports the event >= MergeOptions::min_similarity): outlets copy the wire's wording,
//    and the extracted fields of one incident often disagree (a province here, the town
//    there; "shelling" here, "rocket attack" there); or
//  - their fields agree on everything: one locality (one place, or points within
//    MergeOptions::near_km; a province or a country is no locality), the same type and
//    sub-type family, the same single day, and actors that do not contradict (each names one
//    the other does not, after normalisation: unidentified gunmen are any non-state armed
//    group, a generic actor any of its inter code, civilians are civilians); or
//  - they state one toll of MergeOptions::toll_min or more, a day apart at most, in one
//    region (not a country).
// Alike wording does not join two towns with two stated tolls unless it is a copy, nor two
// remote attacks of two kinds (shelling, an air strike, a bombing) by two perpetrators; nothing
// joins two reports of one day, one naming only its morning and the other only its evening or
// night (DayParts), unless copied, save battles (fighting lasts).
// Two events of one article join one record only when every field agrees (SplitIncident:
// the extractor told one incident twice); a report fitting two open clusters that hold events
// of one article unites them when every pair across fits.
// A merged record is a complete-link cluster: every pair of its reports is compatible, so
// A~B and B~C never pull A and C together; except that a report copying the wording of a
// report in another open cluster bridges the two when no pair of their union is Apart
// (complete link alone splits the copies of one story when an early report fits one cluster
// and not the other), and that a closing record joins an open one of the same incident
// (MergeOptions::join_records: the leads agree on every field, the wording is alike).
//
// With a MergeModel (MergeOptions::model), a pair the rules leave apart still joins when the
// learned scorer over PairFeatures says so.
//
// Candidates only meet within a cell (the country; every country with a model) and the
// date slack, and through a shared key (Report::keys: the country without a model, the rare
// words and the place with one). Merger sorts reports by (cell, first day, last day,
// document id, event index) — in memory up to MergeOptions::memory_bytes, else in sorted
// runs on disk merged back (an external sort) — and sweeps each cell in date order keeping
// only the clusters whose dates are still open, with an inverted index from key to open
// cluster. Memory is bounded by the sort buffer and by the reports of one cell within a few
// days, whatever the input size, and the output depends on the set of input events only:
// any split of the input into shards, in any order, merges to the same bytes.
//
// Fatalities follow ACLED: the most conservative credible figure, i.e. the lowest toll that
// a report states (a report that states none does not count as a zero); every report's own
// toll is kept in its mention, and the rule used is written beside the figure.
//
// Not thread-safe: one Merger per thread. The free functions are thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/provenance.h"
#include "marsad/status.h"

namespace marsad::records {

// A report's sketch (Report::grams): sorted 4-gram hashes, made once and never changed, so
// the copies of one wire story share one (the merge prepares a copy once: replicated 10x,
// the corpus's open reports held ten sketches of a kilobyte for each).
class Sketch {
 public:
  Sketch() = default;
  explicit Sketch(const std::vector<uint32_t>& hashes)  // kept exactly sized
      : v_(hashes.empty() ? nullptr : std::make_shared<const std::vector<uint32_t>>(hashes.begin(), hashes.end())) {}
  const uint32_t* data() const { return v_ ? v_->data() : nullptr; }
  size_t size() const { return v_ ? v_->size() : 0; }
  bool empty() const { return size() == 0; }
  void clear() { v_.reset(); }

 private:
  std::shared_ptr<const std::vector<uint32_t>> v_;
};

// One event of one article (a "report" of an incident), as read from an extraction record.
struct Report {
  std::string doc_id, source, url, published, lang;
  uint32_t index = 0;  // the event's index in its document's "events"
  std::string event_type, sub_event_type;
  std::string actor1, actor2;            // actor ids, "" when none
  std::string actor1_name, actor2_name;  // English names
  int inter1 = 0, inter2 = 0;
  // The place: "g<geonameid>" or "m<marsad_id>", "" when the event has none.
  std::string place_key, place_name, country, admin1, feature;  // feature "P.PPL"
  double lat = 0, lon = 0;
  bool has_point = false;
  bool place_from_focus = false;  // the document's focus, not the event's sentence
  std::string date, date_precision, date_source;
  // Days since 1970-01-01 the incident may have happened on: [day_lo, day_hi]; no date
  // (or one too vague to join on) is day_lo > day_hi.
  int32_t day_lo = 1, day_hi = 0;
  uint64_t fatalities = 0;
  bool toll_stated = false;  // the toll is a count the text gives (fatalities_quantity)
  std::string claimed_by_json;  // the event's "claimed_by" as raw JSON, when present
  std::string notes;            // the event's English note, when present
  std::string evidence;
  // Every sentence of the article that reports the event (the evidence, then the event's
  // other mentions), one a line: what reports of one incident are compared by.
  std::string sentences;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // start/end, then each mention's
  double confidence = 0;
  // A bottom-k sketch of `sentences`: the smallest distinct hashes of their character
  // 4-grams after key normalization (Prepare), sorted; not read or written, computed when
  // needed.
  Sketch grams;
  // With a MergeModel: the words of `sentences` (Words), as (hash, idf) sorted by hash, their
  // idf-weighted norm, and the blocking keys (the rare words and the place): reports meet
  // only when they share a key. Computed by Prepare, not read or written.
  std::vector<std::pair<uint32_t, float>> words;
  float words_norm = 0;
  std::vector<uint32_t> keys;
  // The parts of the day the sentences name for the incident (DayParts): kMorning
  // ("صباح اليوم", "صباحا"), kEvening ("مساء الجمعة", "ليلا"), both or none. Computed by
  // Prepare (none for battles: the rules do not read it there), not read or written.
  static constexpr uint8_t kMorning = 1, kEvening = 2;
  uint8_t day_parts = 0;
  // While the merge holds it: an id shared by the reports alike in every field the rules
  // read besides the document (ContentKey in src/records): copies of one wire story in
  // several papers mostly are, and the merge asks the rules about such a copy once. 0: none.
  uint32_t content = 0;
  uint64_t doc = 0;  // a hash of doc_id, while the merge holds the report

  // Dated precisely enough to join: a week at most.
  bool dated() const { return day_lo <= day_hi && day_hi - day_lo <= 6; }
  bool joinable() const { return !place_key.empty() && dated() && !country.empty(); }
  // Where candidates meet: the country of the place ("*" for every country when
  // `across_countries`: the scorer may join reports the geoparser put in two countries);
  // "" when the report cannot join any (no place, or no date a week or narrower).
  std::string Area(bool across_countries = false) const;
};

class MergeModel;
// Computes r->grams (and with a model r->words, words_norm and keys) from r->sentences.
void Prepare(Report* r, const MergeModel* model = nullptr);
// The parts of the day (Report::kMorning, kEvening) a key-normalized text names: "صباح",
// "فجر" (dawn) or "مساء"/"ليل"/"ليلة" before a day ("صباح اليوم", "فجر الأحد", "مساء
// الجمعة", "ليلة أمس"), or an adverb ("صباحاً", "الصباح", "المساء", "ليلاً"; not "مساءً", which
// the key writes as the noun).
uint8_t DayParts(std::string_view key);
// Jaccard similarity of two reports' character 4-grams, estimated from their sketches
// (exact for reports shorter than the sketch; 0 when either has none).
double TextSimilarity(const Report& a, const Report& b);

// The evidence an ACLED coder weighs, for one pair of reports (names in kFeatureNames).
constexpr size_t kFeatures = 19;
using Features = std::array<float, kFeatures>;
extern const char* const kFeatureNames[kFeatures];

struct MergeOptions {
  double near_km = 10;  // two points this close are one locality
  double region_km = 50;  // two points this close are in one region
  // Dates this many days apart may still be one incident (the rules: one day at most; the
  // scorer: this many).
  int date_slack_days = 1;
  double min_similarity = 0.15;  // sentences this alike (4-gram Jaccard) report one incident
  // Sentences this alike are copies of one story: the days they name may differ by the slack.
  double copy_similarity = 0.3;
  // Sentences this alike are one story reprinted: their days may be two apart (a reprint
  // of the wire a day or two later resolves "yesterday" or "the day before yesterday" to
  // another day than the wire's own). Above 1: never (and records close a day sooner).
  double reprint_similarity = 0.5;
  // Two reports stating one toll this large (fatalities), in one region (as the alike
  // wording asks; a country is none) and at most a day apart, are one incident whatever
  // their type; 0: never.
  uint64_t toll_min = 5;
  // Before a record closes, it joins an open record of the same incident that complete link
  // kept apart (its lead agrees with the other's on every field, a pair across is worded
  // alike, none is apart by a day more or another country; not for battles).
  bool join_records = true;
  // Single link: a report joins a record when it is compatible with one of its reports
  // (records it links to are joined too); complete link (default): with all of them.
  bool single_link = false;
  // The sort buffer (bytes of reports held before a sorted run goes to disk).
  size_t memory_bytes = size_t{8} << 20;
  std::string temp_dir;  // runs go here ("" : $TMPDIR, else /tmp)
  // The learned pair scorer (data/records/merge-model.tsv): it may join what the rules of
  // Compatible leave apart. Without one the rules alone decide.
  std::shared_ptr<const MergeModel> model;
  // When set, every candidate pair the sweep meets is passed here with its features (for
  // training the scorer: `marsad merge --pairs-out`).
  std::function<void(const Report&, const Report&, const Features&)> on_pair;
};

// Whether a and b may report one incident, and if not why ("" when compatible).
struct Verdict {
  bool ok = false;
  // A fixed phrase ("event type", "place", ...): no string is built per pair (a tenth of
  // the calls' time went to copying the reason when it was a std::string). With a model,
  // the rules' reason when the scorer did not join the pair either.
  std::string_view why;
  double score = 0;  // higher: more alike (same place, same day, same actors)
  double similarity = -1;  // TextSimilarity when the rules got as far as computing it
};
Verdict Compatible(const Report& a, const Report& b, const MergeOptions& opt);
// Whether a and b say they are two incidents: one document, days more than one apart (two
// for a reprint, similarity >= reprint_similarity),
// another country, or (unless the wording is a copy, similarity >= copy_similarity) two
// days both articles name themselves or two event types. Not being Compatible is weaker: a
// paraphrase with a province for the town is not compatible, yet not apart either.
bool Apart(const Report& a, const Report& b, const MergeOptions& opt);

// ---------------------------------------------------------------- the pair scorer
// The words of a text as the scorer compares them: key-normalized tokens with the Arabic
// conjunction, prepositions and article stripped from the front and a plural or feminine
// ending from the back (الحوثيين, والحوثيون → حوثي), numerals and number words as "#N".
std::vector<std::string> Words(std::string_view text);

Features PairFeatures(const Report& a, const Report& b, const MergeOptions& opt);

// Logistic weights over Features and the words' document frequencies (their rarity), read
// from a TSV file (data/records/merge-model.tsv, written by scripts/train-merge-scorer.py):
//   docs <N> | rare_df <D> | threshold <logit> | weight <feature> <w> | df <word> <count>
class MergeModel {
 public:
  static Result<std::shared_ptr<const MergeModel>> Parse(std::string_view text, std::string_view name);
  static Result<std::shared_ptr<const MergeModel>> Load(const std::string& path);
  // ln((N + 1) / (df + 1)); a word the table lacks is as rare as can be.
  float Idf(uint32_t word_hash) const;
  bool Rare(float idf) const { return idf >= rare_idf_; }
  double Logit(const Features& f) const;
  double threshold() const { return threshold_; }

 private:
  std::vector<std::pair<uint32_t, uint32_t>> df_;  // (word hash, count) sorted by hash
  double docs_ = 1, threshold_ = 0;
  float rare_idf_ = 0;
  Features w_{};
};
uint32_t WordHash(std::string_view word);

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

// The day interval a date allows: ISO day "YYYY-MM-DD" and precision ("day", "week",
// "month", "year", ""), `from_published` when the date is the day of publication.
// Returns {1, 0} (empty) when the date is missing, malformed or a year or vaguer.
std::pair<int32_t, int32_t> DayInterval(std::string_view date, std::string_view precision, bool from_published);
std::string IsoDay(int32_t days);

// ACLED's figure for an incident from its reports' tolls.
struct Toll {
  uint64_t fatalities = 0;
  std::string rule;  // e.g. "lowest of 3 reported tolls (2-5)"
};
Toll ConservativeToll(const std::vector<const Report*>& reports);

// A merged record: its reports in sort order, and the fields decided from them.
struct Record {
  std::vector<Report> reports;
  std::string record_id;  // "r" + 16 hex digits: a hash of its (doc id, event index) pairs
  std::string event_date, date_last;  // the days all reports allow; equal when one day
  int time_precision = 0;            // ACLED's: 1 one day, 2 within a week, 3 longer; 0 none
  size_t lead = 0;                   // the report whose type, actors and place the record takes
  Toll toll;
};

// The reports of one extraction record (a line of `marsad extract` JSON output). An error
// record ({"id","error"}) yields none and sets *was_error. `where` names the input line.
Status ReadReports(std::string_view line, std::string_view where, std::vector<Report>* out, bool* was_error);

using RecordSink = std::function<Status(const Record&)>;

// Streaming merge: Add every extraction record, then Finish writes every merged record to
// the sink (see the top of this file for the order and the memory bound).
class Merger {
 public:
  explicit Merger(MergeOptions opt);
  ~Merger();
  Merger(const Merger&) = delete;
  Merger& operator=(const Merger&) = delete;
  // One line of extraction output; a malformed line is an error naming `where`, and the
  // merger stays usable.
  Status AddLine(std::string_view line, std::string_view where);
  Status AddReport(Report r);  // fails only when a run cannot be written
  Status Finish(const RecordSink& sink);

  struct Stats {
    uint64_t documents = 0, error_records = 0, reports = 0, records = 0, runs = 0;
  };
  const Stats& stats() const { return stats_; }

 private:
  struct Impl;
  Impl* impl_;
  Stats stats_;
};

// ---------------------------------------------------------------- output
// One merged record as a line of JSON (no newline); docs/merge.md lists the fields.
std::string RecordJson(const Record& r);
// ACLED CSV: the header and one row per merged record (no newline).
std::string RecordsAcledHeader();
// ACLED's country name, numeric ISO code and region come from `pd` (countries.tsv).
std::string RecordAcledRow(const Record& r, const events::ProvenanceDictionaries& pd);
// PostGIS: the `records` table beside `events` (CREATE IF NOT EXISTS), the statements
// around the COPY rows, and one COPY text row per record. Loading replaces every stored
// record that shares a document with a loaded one (a re-merge supersedes it).
std::string RecordsSchemaSql();
std::string RecordsLoadBegin();
std::string RecordCopyRow(const Record& r);
std::string RecordsLoadEnd();
// Finishes `m` and writes its records to `out` in `format` ("json", "acled" or "pgsql"),
// with the format's header and footer; `pd` names ACLED's countries (acled only).
Status WriteRecords(Merger& m, std::string_view format, const events::ProvenanceDictionaries& pd, std::FILE* out);

// ---------------------------------------------------------------- scoring
// `marsad eval-merge`: gold pairs of event spans (docs/merge.md) against merged records.
struct PairScore {
  std::vector<std::pair<std::string, std::pair<size_t, size_t>>> metrics;  // name, n/N
  std::vector<std::string> explain;  // one line per wrong or unmatched pair
};
// `extraction_jsonl` (optional): the `marsad extract` output the records were merged from; a
// gold side that overlaps several events equally (one sentence's two events) then goes to the
// one whose trigger lies inside the side's span.
Result<PairScore> ScorePairs(std::string_view gold_jsonl, std::string_view gold_name,
                             const std::vector<std::string>& merged_lines, std::string_view extraction_jsonl = {});

}  // namespace marsad::records
