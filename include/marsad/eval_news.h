// Evaluation layer (src/eval): `marsad eval-events` on the two news gold sets: ACLED-coded Arabic articles
// (../shared/eval/dev/news-events-dev.ar.jsonl: events per incident, casualty counts,
// actor mentions) and FA-KES English articles (fakes-dev.en.jsonl: one crowd-coded
// event per article: governorate, cause of death, civilian and non-civilian deaths).
// Every metric is defined where it is computed, in eval_news.cc.
//
// Predictions come from the extractor run in process, or from `marsad extract` JSON
// lines (--pred), matched to gold by id; both go through the same JSON record, so a
// saved run scores exactly as a fresh one. The gazetteer resolves the gold's place
// names (event locations, governorates) in both cases.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "marsad/extract.h"

namespace marsad::eval {

enum class EventsGoldKind { kGsr, kArticle, kNews, kFakes };

// What kind of gold a record (one parsed JSON object, as text) is: FA-KES has an
// "event" object; the news set has "quantities" and "topic" (or events with
// "sentence_start"); one annotated article (the raqqa example) has "quantities" only;
// anything else is the PLOVER sentence set.
EventsGoldKind ClassifyEventsGold(std::string_view json_object);

struct NewsEvalOptions {
  std::vector<std::string> pred;  // `marsad extract` JSON lines; empty: run the extractor
  unsigned threads = 1;
  size_t limit = 0;               // score only the first N documents (0: all)
  bool explain = false;           // per-document missed / spurious / wrong items
  bool json = false;              // one JSON object per gold file instead of the text summary
  double min_confidence = 0;      // predicted events below this confidence are left out
};

// Score one gold file and print the report on stdout; `ex` may be null only when opt.pred
// is non-empty. Malformed gold or predictions are an InvalidInput error naming file:line.
Status EvalNewsFile(const Resources& res, const Extractor* ex, const std::string& path, std::string_view content,
                    EventsGoldKind kind, const NewsEvalOptions& opt);

}  // namespace marsad::eval
