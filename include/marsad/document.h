// Input layer (src/input): documents as they arrive. A Document is one article's text and
// metadata; ParseJsonDocument reads one JSON line of it (with the publication date
// normalised, marsad/pubdate.h); DetectLanguage tells Arabic from English. The readers of
// files, directories, compressed JSON lines, HTML and stdin are in marsad/batch.h.
// Thread-safe (no state).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"

namespace marsad {

struct Document {
  std::string id;
  std::string text;
  std::string lang;       // "ar", "en" or empty (detect)
  std::string published;  // ISO date YYYY-MM-DD (marsad/pubdate.h), may be empty
  int published_hour = -1;  // the publication time's hour on the writer's clock (PublishedLocalHour), -1: none
  std::string url, title;
  std::string source;     // input file name, for error records
  std::string outlet;     // the input's "source" field: the outlet's code or name (marsad/provenance.h)
  size_t line = 0;        // 1-based line in a JSONL input, 0 otherwise
  // Problems with the input that did not stop the document (a publication date that could
  // not be read); they are copied into the record's "errors".
  std::vector<std::string> warnings;
};

// `s` with invalid UTF-8 sequences replaced by U+FFFD (for ids, URLs and titles copied
// into JSON records).
std::string ValidUtf8(std::string_view s);

// "ar" when Arabic letters outnumber Latin ones, else "en".
std::string DetectLanguage(std::string_view utf8);

// Parses one JSON line {id, text, lang?, published?, url?, title?}; the error names
// what is wrong. A missing id becomes "<source>:<line>". The publication date is read from
// the first of kPublishedFields present (published, date, publish_date, pubdate, datetime,
// timestamp) and normalised to YYYY-MM-DD; a date that cannot be read leaves `published`
// empty and adds a warning, the document is still processed. Parsing is iterative (no
// recursion on the stack); a line nested deeper than json::kMaxDepth (512) is an error.
Result<Document> ParseJsonDocument(std::string_view line, const std::string& source, size_t line_no);

}  // namespace marsad
