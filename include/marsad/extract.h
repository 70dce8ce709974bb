// Pipeline layer (src/pipeline): one document in, one Extraction out. The Extractor runs
// text (UTF-8, tokens, sentences) → geo (places) → events (actors, quantities, dates,
// incidents); output formats are in marsad/output.h, the parallel runner in
// marsad/pipeline.h, and the documents come from marsad/document.h and marsad/batch.h.
//
// Resources (the gazetteer and dictionaries) are loaded once and shared, read-only, by
// any number of threads; an Extractor is cheap and may be used from one thread per copy
// or shared (Extract is const and keeps no state between documents).
#pragma once

#include <map>
#include <optional>
#include <mutex>
#include <memory>
#include <string>
#include <vector>

#include "marsad/document.h"
#include "marsad/events.h"
#include "marsad/gazetteer.h"
#include "marsad/geo.h"
#include "marsad/provenance.h"
#include "marsad/status.h"
#include "marsad/tagger.h"
#include "marsad/text.h"

namespace marsad {

struct Resources {
  gazetteer::Gazetteer gazetteer;
  geo::Lexicons lexicons;
  events::Dictionaries event_dicts;  // actors, triggers, quantity words, count nouns
  events::ProvenanceDictionaries provenance;  // outlets, countries, claim cues (marsad/provenance.h)
  // Opens the index and loads data_dir/dictionaries, then each user dictionary directory
  // (`--dict DIR`, same layout, later ones override). Errors name the file and line.
  // `event_dictionaries` false leaves event_dicts empty (geoparsing only). The index is
  // opened (and its checksum verified) on a second thread while the dictionaries load.
  // `copy_index` reads the index into memory instead of mapping it, so that it may be
  // overwritten in place while in use (gazetteer::OpenOptions::private_copy).
  static Result<std::unique_ptr<Resources>> Load(const std::string& index_path, const std::string& data_dir,
                                                 const std::vector<std::string>& user_dict_dirs = {},
                                                 bool event_dictionaries = true, bool copy_index = false);
  // Trained recognizer models by language ("ar", "en"), for ExtractOptions::recognizer.
  // A model is read on first use (thread-safe), so a run over one language's documents
  // pays for one model only.
  struct LazyRecognizer {
    std::string path;
    std::once_flag once;
    std::optional<geo::Tagger> model;
    Status status;
  };
  std::map<std::string, std::unique_ptr<LazyRecognizer>> recognizers;
  // Registers data_dir/models/places-<lang>.bin for `lang` ("ar", "en"), or for "auto" every
  // language whose file exists (at least one must). Each file's header (magic, versions,
  // size) is checked now; a missing or mismatched file is an error naming it, and a
  // corrupt body (checksum) is reported when the model is first used.
  Status LoadRecognizers(const std::string& data_dir, const std::string& lang);
  // The model for `lang`, loading it on first use; null with *error set when there is none
  // or it cannot be read.
  const geo::Tagger* Recognizer(const std::string& lang, Status* error) const;
};

struct ExtractOptions {
  text::Utf8Mode utf8 = text::Utf8Mode::kLenient;
  std::string lang = "auto";  // auto | ar | en
  geo::Options geo;
  bool explain = false;       // add scored candidates and features to each place
  bool events = true;         // false: places only (actors, quantities, dates, events skipped)
  // Place recognition: "gazetteer" (matcher only), "model" (the trained recognizer's
  // spans, resolved through the gazetteer) or "combined" (see geo::ApplyRecognizer).
  std::string recognizer = "gazetteer";
  // The time budget of one document (issue 18), from the start of Extract: past it the
  // stages stop at their next check and Extract fails with a message naming the budget,
  // so a pathological document yields an error record and the run goes on. 0: no limit.
  double max_seconds = 0;
};

// The parsed form of one document, for programmatic use (eval, the server, tests).
struct Extraction {
  Document doc;
  std::string lang;
  text::Utf8Text text;
  geo::GeoResult geo;
  events::EventResult events;  // actors, quantities, dates, events (with their claims)
  events::OutletMatch outlet;  // the outlet that published the document (the record's source)
  std::vector<std::string> warnings;
};

class Extractor {
 public:
  Extractor(const Resources& resources, ExtractOptions options);

  // Runs the pipeline. Fails (with a message) on empty text or, in strict mode, invalid UTF-8.
  Result<Extraction> Extract(const Document& doc) const;

  const Resources& resources() const { return res_; }
  const ExtractOptions& options() const { return opt_; }

 private:
  const Resources& res_;
  ExtractOptions opt_;
  geo::Geoparser geo_;
  events::EventExtractor events_;
};

}  // namespace marsad
