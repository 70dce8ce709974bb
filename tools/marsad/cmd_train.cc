// `marsad train-recognizer`: trains the place recognizer (marsad/tagger.h) on gold JSON
// lines (../shared/eval/README.md): toponyms are PLACE, entities labelled PERS/PER/ORG are
// PERSON/ORG. Every K-th document of each training file (index % K == K - 1) is held out,
// never trained on (nor is any training document with the same text), and scored after
// each epoch with the dev file.
#include <rapidjson/document.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <unordered_set>

#include "commands.h"
#include "marsad/eval.h"
#include "marsad/extract.h"
#include "marsad/tagger.h"

namespace marsad::cli {
namespace {

struct TrainArgs {
  std::vector<std::string> train;
  std::string dev, lang, output, index;
  int epochs = 10;
  uint32_t seed = 1;
  uint32_t rows_log2 = 19;
  size_t holdout_every = 10;
};

struct GoldSet {
  std::string name;
  std::vector<geo::TrainDoc> docs;
  std::vector<eval::GoldDoc> gold;  // the same documents, for scoring
};

// Reads one gold file into training documents (skipping "toponyms_annotated": false).
Result<GoldSet> ReadGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open " + path);
  GoldSet set;
  set.name = std::filesystem::path(path).filename().string();
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("text") || !d["text"].IsString())
      return InvalidInput(path + ":" + std::to_string(line_no) + ": not a gold JSON object with \"text\"");
    if (d.HasMember("toponyms_annotated") && d["toponyms_annotated"].IsBool() && !d["toponyms_annotated"].GetBool())
      continue;
    geo::TrainDoc td;
    td.text.assign(d["text"].GetString(), d["text"].GetStringLength());
    eval::GoldDoc gd;
    gd.id = d.HasMember("id") && d["id"].IsString() ? d["id"].GetString() : std::to_string(line_no);
    gd.text = td.text;
    gd.line = line_no;
    auto spans = [&](const char* field, bool place) {
      auto it = d.FindMember(field);
      if (it == d.MemberEnd() || !it->value.IsArray()) return;
      for (const auto& e : it->value.GetArray()) {
        if (!e.IsObject() || !e.HasMember("start") || !e.HasMember("end") || !e["start"].IsUint() ||
            !e["end"].IsUint())
          continue;
        geo::LabeledSpan s;
        s.start = e["start"].GetUint();
        s.end = e["end"].GetUint();
        if (place) {
          s.label = geo::EntityLabel::kPlace;
          eval::GoldToponym g;
          g.start = s.start;
          g.end = s.end;
          gd.toponyms.push_back(g);
        } else {
          std::string label = e.HasMember("label") && e["label"].IsString() ? e["label"].GetString() : "";
          if (label == "PERS" || label == "PER" || label == "PERSON") s.label = geo::EntityLabel::kPerson;
          else if (label == "ORG") s.label = geo::EntityLabel::kOrg;
          else if (label == "LOC" || label == "GPE") s.label = geo::EntityLabel::kPlace;
          else continue;
        }
        td.spans.push_back(s);
      }
    };
    spans("toponyms", true);
    spans("entities", false);
    set.docs.push_back(std::move(td));
    set.gold.push_back(std::move(gd));
  }
  return set;
}

eval::Metrics Score(const geo::Tagger& tagger, const geo::TaggerContext& ctx, const std::vector<eval::GoldDoc>& gold) {
  eval::Scorer scorer;
  for (const auto& g : gold) {
    eval::PredDoc p;
    p.id = g.id;
    auto text = text::DecodeUtf8(g.text, text::Utf8Mode::kLenient);
    if (text.ok()) {
      auto toks = text::Tokenize(*text);
      for (const auto& s : tagger.Tag(toks, ctx)) {
        if (s.label != geo::EntityLabel::kPlace) continue;
        eval::PredToponym t;
        t.start = s.start;
        t.end = s.end;
        p.toponyms.push_back(t);
      }
    }
    scorer.Add(g, &p);
  }
  return scorer.Summary();
}

struct EpochState {
  const geo::TaggerContext* ctx;
  std::vector<std::pair<std::string, std::vector<eval::GoldDoc>>> sets;
  std::chrono::steady_clock::time_point start;
};

void OnEpoch(int epoch, const geo::Tagger& t, void* user) {
  auto* st = static_cast<EpochState*>(user);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - st->start).count();
  std::cout << "epoch " << std::setw(2) << epoch << "  " << std::fixed << std::setprecision(1) << secs << " s";
  for (const auto& [name, gold] : st->sets) {
    auto m = Score(t, *st->ctx, gold);
    std::cout << std::setprecision(3) << "  | " << name << " F1 " << m.exact.F1() << " F1~ " << m.overlap.F1();
  }
  std::cout << std::endl;
}

int RunTrain(const TrainArgs& a) {
  if (a.holdout_every == 1) {
    Error("--holdout-every 1 would hold out everything (0 disables holding out)");
    return kExitUsage;
  }
  if (!RenamableOutput(a.output, false)) return kExitUsage;  // Save writes a temporary and renames it
  auto res = Resources::Load(a.index.empty() ? DefaultIndexPath() : a.index, DataDir());
  if (!res.ok()) {
    Error(res.status().message());
    return kExitBadInput;
  }
  geo::TaggerContext ctx{&(*res)->gazetteer, &(*res)->lexicons};
  std::vector<geo::TrainDoc> train;
  // Held-out texts: a training document with the same text (corpora repeat sentences;
  // ANERcorp's train part has 24 of its 428 held-out sentences again) is dropped, so the
  // held-out part stays never trained on.
  std::unordered_set<std::string> held_texts;
  EpochState st{&ctx, {}, std::chrono::steady_clock::now()};
  for (const auto& path : a.train) {
    auto set = ReadGold(path);
    if (!set.ok()) {
      Error(set.status().message());
      return kExitBadInput;
    }
    std::vector<eval::GoldDoc> held;
    for (size_t i = 0; i < set->docs.size(); ++i) {
      if (a.holdout_every > 1 && i % a.holdout_every == a.holdout_every - 1) {
        held_texts.insert(set->gold[i].text);
        held.push_back(std::move(set->gold[i]));
      } else {
        train.push_back(std::move(set->docs[i]));
      }
    }
    std::cerr << "marsad train-recognizer: " << set->name << ": " << set->docs.size() - held.size() << " training, "
              << held.size() << " held-out documents\n";
    if (!held.empty()) st.sets.emplace_back(set->name + " (held out)", std::move(held));
  }
  const size_t before = train.size();
  std::erase_if(train, [&](const geo::TrainDoc& d) { return held_texts.count(d.text) > 0; });
  if (train.size() != before)
    std::cerr << "marsad train-recognizer: dropped " << before - train.size()
              << " training document(s) whose text is also held out\n";
  if (!a.dev.empty()) {
    auto set = ReadGold(a.dev);
    if (!set.ok()) {
      Error(set.status().message());
      return kExitBadInput;
    }
    st.sets.emplace_back(set->name + " (dev)", std::move(set->gold));
  }
  geo::TrainOptions opt;
  opt.epochs = a.epochs;
  opt.seed = a.seed;
  opt.rows_log2 = a.rows_log2;
  st.start = std::chrono::steady_clock::now();
  geo::Tagger model = geo::Tagger::Train(train, ctx, opt, OnEpoch, &st);
  if (auto s = model.Save(a.output); !s.ok()) {
    Error(s.message());
    return kExitBadInput;
  }
  std::cerr << "marsad train-recognizer: wrote " << a.output << " ("
            << std::filesystem::file_size(a.output) / (1024 * 1024) << " MB, lang " << a.lang << ")\n";
  return kExitOk;
}

}  // namespace

void AddTrainCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<TrainArgs>();
  auto* cmd = app.add_subcommand("train-recognizer", "Train the place recognizer model from gold JSON lines");
  cmd->add_option("--train", a->train, "Gold training files (JSON lines)")->required();
  cmd->add_option("--dev", a->dev, "Gold file scored after each epoch (never trained on)");
  cmd->add_option("--lang", a->lang, "Language of the model")->required()->check(CLI::IsMember({"ar", "en"}));
  cmd->add_option("--epochs", a->epochs, "Passes over the training data")->default_val(10);
  cmd->add_option("--seed", a->seed, "Shuffling seed (same seed and data: same model)")->default_val(1);
  cmd->add_option("--rows-log2", a->rows_log2, "Hashed feature rows = 2^N (model size 28 x 2^N bytes)")
      ->default_val(19)
      ->check(CLI::Range(8, 22));
  cmd->add_option("--holdout-every", a->holdout_every,
                  "Hold out documents with index % K == K-1 of each training file (0: none)")
      ->default_val(10);
  cmd->add_option("--index", a->index, "Gazetteer index (default: $MARSAD_GAZETTEER or data/gazetteer/default.mgz)");
  cmd->add_option("-o,--output", a->output, "Model file to write (data/models/places-<lang>.bin)")->required();
  cmd->callback([a, &ctx]() { ctx.exit_code = RunTrain(*a); });
}

}  // namespace marsad::cli
