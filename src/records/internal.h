// Helpers shared by the files of src/records (not part of marsad/records.h).
#pragma once

#include "marsad/records.h"

namespace marsad::records {

// Each report names an actor the other does not ("IS vs SDF" and "IS vs civilians").
bool ActorsContradict(const Report& a, const Report& b);
// Whether two events of one article may be one incident the extractor told twice (the
// lead and the spokesman's paragraph): every field agrees, as Compatible's second way asks.
bool SplitIncident(const Report& a, const Report& b, const MergeOptions& opt);
// Jaccard of the two reports' actor sets; 0 when either names none.
double ActorOverlap(const Report& a, const Report& b);
// What the rules (Compatible, Apart, SplitIncident) read of a report besides its document
// id, as bytes: two reports with one key have the same verdict against any third report of
// another document.
std::string ContentKey(const Report& r);
// r->words, words_norm and keys from r->sentences under the model's word rarities.
void PrepareWords(Report* r, const MergeModel& m);

}  // namespace marsad::records
