// Helpers shared by the files of src/records (not part of marsad/records.h).
#pragma once

#include <span>

#include "marsad/records.h"

namespace marsad::records {

// Each report names an actor the other does not ("IS vs SDF" and "IS vs civilians").
bool ActorsContradict(const Report& a, const Report& b);
// Whether two events of one article may be one incident the extractor told twice (the
// lead and the spokesman's paragraph): every field agrees, as Compatible's second way asks.
bool SplitIncident(const Report& a, const Report& b, const MergeOptions& opt);
// Whether two records (complete-link clusters, and the index of each one's lead report) tell
// one incident complete link kept apart: the leads agree on every field (one type, not a
// battle; one sub-type family; one locality; actors that do not contradict; one day, or one
// toll stated across), a pair across is worded alike, and no pair across is of one document
// (save SplitIncident), two countries or days more than one apart.
bool OneIncidentRecords(std::span<const Report* const> x, size_t lead_x, std::span<const Report* const> y,
                        size_t lead_y, const MergeOptions& opt);
// Jaccard of the two reports' actor sets; 0 when either names none.
double ActorOverlap(const Report& a, const Report& b);
// What the rules (Compatible, Apart, SplitIncident) read of a report besides its document
// id, as bytes: two reports with one key have the same verdict against any third report of
// another document.
std::string ContentKey(const Report& r);
// r->words, words_norm and keys from r->sentences under the model's word rarities.
void PrepareWords(Report* r, const MergeModel& m);
// ReadReports as it reads a line: `quick`, the quick reader first (report.cc), RapidJSON's
// reader for a line it does not take; else RapidJSON's reader alone (what the quick reader is
// tested against: the same reports and errors for every line).
Status ReadReportsWith(bool quick, std::string_view line, std::string_view where, std::vector<Report>* out,
                       bool* was_error);
// Whether the quick reader takes `line` whole (RapidJSON's reader would accept it).
bool QuickReads(std::string_view line);

}  // namespace marsad::records
