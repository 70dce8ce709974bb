// The document pipeline (marsad/extract.h): text → places → actors, quantities, dates,
// events; and the Resources it reads.
#include <filesystem>
#include <future>

#include <fmt/format.h>

#include "marsad/extract.h"
#include "events/match.h"  // events::PhraseStarts
#include "marsad/pubdate.h"

namespace marsad {

namespace {
std::string FormatSeconds(double s) { return fmt::format("{:g}", s); }
}  // namespace

Result<std::unique_ptr<Resources>> Resources::Load(const std::string& index_path, const std::string& data_dir,
                                                   const std::vector<std::string>& user_dict_dirs,
                                                   bool event_dictionaries, bool copy_index) {
  // Verifying the index checksum reads all of it: overlap that with the dictionaries.
  gazetteer::OpenOptions open_options;
  open_options.private_copy = copy_index;
  // Verify a given index file once, not at every start (its 54 MB read was half of the
  // one-article run's wall time): OpenOptions::verification_cache.
  open_options.verification_cache = gazetteer::DefaultVerificationCache();
  auto opening = std::async(std::launch::async,
                            [&index_path, open_options] { return gazetteer::Gazetteer::Open(index_path, open_options); });
  // The event dictionaries are the largest part of start-up (about 55 M instructions of the
  // one-article run's 127 M): a third thread, so that on two cores they overlap the index and
  // the geoparser's lexicons instead of following them.
  std::future<Result<events::Dictionaries>> loading_dicts;
  if (event_dictionaries)
    loading_dicts = std::async(std::launch::async, [&data_dir, &user_dict_dirs] {
      return events::Dictionaries::Load(data_dir + "/dictionaries", user_dict_dirs);
    });
  auto lex = geo::LoadLexicons(data_dir + "/dictionaries");
  auto provenance = events::ProvenanceDictionaries::Load(data_dir + "/dictionaries", user_dict_dirs);
  Result<events::Dictionaries> dicts =
      event_dictionaries ? loading_dicts.get() : Result<events::Dictionaries>(events::Dictionaries());
  auto gaz = opening.get();
  if (!gaz.ok()) {
    return Status(gaz.status().code(),
                  gaz.status().message() +
                      (std::filesystem::exists(index_path) ? "" : " (build it with `make gazetteer` or `marsad gazetteer build`)"));
  }
  if (!lex.ok()) return lex.status();
  if (!dicts.ok()) return dicts.status();
  if (!provenance.ok()) return provenance.status();
  // One PhraseStarts pass per document then also tells where claim cues may start.
  if (event_dictionaries)
    dicts.value().AddStartIndexes({&provenance.value().claim_phrases, &provenance.value().outlet_phrases});
  auto r = std::unique_ptr<Resources>(new Resources{std::move(gaz).value(), std::move(lex).value(),
                                                    std::move(dicts).value(), std::move(provenance).value(), {}});
  return r;
}

Status Resources::LoadRecognizers(const std::string& data_dir, const std::string& lang) {
  const bool any = lang == "auto" || lang.empty();
  for (const char* l : {"ar", "en"}) {
    if (!any && lang != l) continue;
    std::string path = data_dir + "/models/places-" + l + ".bin";
    if (any && !std::filesystem::exists(path)) continue;
    if (auto st = geo::Tagger::CheckHeader(path); !st.ok()) return st;
    auto slot = std::make_unique<LazyRecognizer>();
    slot->path = path;
    recognizers.insert_or_assign(l, std::move(slot));
  }
  if (recognizers.empty())
    return NotFound("no recognizer model in " + data_dir + "/models (train one with `marsad train-recognizer`)");
  return Status::Ok();
}

const geo::Tagger* Resources::Recognizer(const std::string& lang, Status* error) const {
  auto it = recognizers.find(lang);
  if (it == recognizers.end()) {
    *error = InvalidInput("no recognizer model for language \"" + lang + "\" (data/models/places-" + lang + ".bin)");
    return nullptr;
  }
  LazyRecognizer& r = *it->second;
  std::call_once(r.once, [&r]() {
    auto t = geo::Tagger::Load(r.path);
    if (t.ok()) r.model.emplace(std::move(t).value());
    else r.status = t.status();
  });
  if (!r.model) {
    *error = r.status;
    return nullptr;
  }
  return &*r.model;
}

Extractor::Extractor(const Resources& resources, ExtractOptions options)
    : res_(resources),
      opt_(std::move(options)),
      geo_(resources.gazetteer, resources.lexicons),
      events_(resources.event_dicts, &resources.gazetteer) {}

Result<Extraction> Extractor::Extract(const Document& doc) const {
  Extraction x;
  x.doc = doc;
  x.warnings = doc.warnings;
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) return InvalidInput("empty text");
  auto decoded = text::DecodeUtf8(doc.text, opt_.utf8);
  if (!decoded.ok()) return decoded.status();
  x.text = std::move(decoded).value();
  if (x.text.replaced > 0)
    x.warnings.push_back(std::to_string(x.text.replaced) + " invalid UTF-8 sequence(s) replaced by U+FFFD");
  x.lang = !doc.lang.empty() ? doc.lang : opt_.lang != "auto" ? opt_.lang : DetectLanguage(x.text.utf8);
  const Deadline deadline(opt_.max_seconds);
  auto over_budget = [&](const char* stage) {
    return InvalidInput("document of " + std::to_string(doc.text.size()) + " bytes took longer than its budget of " +
                        FormatSeconds(opt_.max_seconds) + " s (--max-doc-seconds); stopped in " + stage);
  };
  text::Tokens toks = text::Tokenize(x.text);
  if (deadline.Expired()) return over_budget("tokenizing");
  geo::Options geo_options = opt_.geo;
  geo_options.deadline = &deadline;
  x.geo = geo_.Parse(x.text, toks, geo_options);
  if (deadline.Expired()) return over_budget("places");
  if (geo::RecognizerMode mode; geo::ParseRecognizerMode(opt_.recognizer, &mode) && mode != geo::RecognizerMode::kGazetteer) {
    Status error;
    const geo::Tagger* tagger = res_.Recognizer(x.lang, &error);
    if (!tagger) return error;
    geo::ApplyRecognizer(*tagger, mode, toks, {&res_.gazetteer, &res_.lexicons}, &x.geo);
    if (deadline.Expired()) return over_budget("the place recognizer");
  }
  x.outlet = events::FindOutlet(res_.provenance, doc, x.text, toks);
  if (opt_.events) {
    auto sentences = text::SplitSentences(x.text, toks);
    // The focus country, for generic actors ("قوات النظام" = the forces of that country).
    std::string_view focus_country;
    for (const auto* list : {&x.geo.focus.countries, &x.geo.focus.cities, &x.geo.focus.admin1s})
      if (focus_country.empty() && !list->empty() && list->front().place >= 0)
        focus_country = res_.gazetteer.Place(static_cast<uint32_t>(list->front().place)).country;
    // Where phrases of the events and claim dictionaries may start, once for both stages.
    const events::PhraseStarts starts(res_.event_dicts, toks);
    // The day the article was written dates its undated events (a print edition posted in
    // the small hours: the day before; marsad/pubdate.h).
    const std::string written = EditionDay(doc.published, doc.published_hour);
    x.events = events_.Extract(x.text, toks, sentences, x.geo, doc.published, focus_country, &starts, written);
    events::AttributeClaims(res_.provenance, res_.event_dicts, x.text, toks, sentences, &x.events, &starts);
    if (deadline.Expired()) return over_budget("events");
  }
  return x;
}

}  // namespace marsad
