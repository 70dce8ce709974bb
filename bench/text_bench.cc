// Throughput of the text layer over real news: the "text" fields of
// ../shared/corpus/saudinewsnet_ar_conflict.jsonl (Arabic, ~3,700 articles).
// Every benchmark processes the corpus article by article and reports bytes of original
// UTF-8 per second (MB/s), single-threaded.
//
//   text_bench [--corpus=PATH] [--dump-text=FILE] [benchmark flags]
// --dump-text writes the extracted text (articles separated by blank lines) and exits, so
// scripts/run-bench.sh can time `wc -w` on exactly the same bytes.
// Without the corpus the program says so and exits 0 (nothing to measure).
#include <benchmark/benchmark.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/text.h"

namespace {

using namespace marsad::text;

struct Corpus {
  std::vector<std::string> docs;
  size_t bytes = 0;
};

Corpus& TheCorpus() {
  static Corpus c;
  return c;
}

bool LoadCorpus(const std::string& path, Corpus* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject()) {
      std::cerr << "text_bench: " << path << ":" << line_no << ": not a JSON object, skipped\n";
      continue;
    }
    auto it = d.FindMember("text");
    if (it == d.MemberEnd() || !it->value.IsString()) continue;
    out->docs.emplace_back(it->value.GetString(), it->value.GetStringLength());
    out->bytes += out->docs.back().size();
  }
  return true;
}

void SetThroughput(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(TheCorpus().bytes));
  state.counters["docs"] = static_cast<double>(TheCorpus().docs.size());
}

std::vector<Utf8Text> DecodeAll() {
  std::vector<Utf8Text> out;
  for (const auto& d : TheCorpus().docs) out.push_back(std::move(DecodeUtf8(d, Utf8Mode::kLenient).value()));
  return out;
}

void BM_Decode(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : TheCorpus().docs) {
      auto t = DecodeUtf8(d, Utf8Mode::kLenient);
      benchmark::DoNotOptimize(t);
    }
  }
  SetThroughput(state);
}

void BM_NormalizeKey(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : TheCorpus().docs) {
      std::string k = NormalizeKey(d);
      benchmark::DoNotOptimize(k);
    }
  }
  SetThroughput(state);
}

void BM_NormalizeKeyWithMap(benchmark::State& state) {
  std::vector<uint32_t> map;
  for (auto _ : state) {
    for (const auto& d : TheCorpus().docs) {
      std::string k = NormalizeKeyWithMap(d, &map);
      benchmark::DoNotOptimize(k);
    }
  }
  SetThroughput(state);
}

void BM_Tokenize(benchmark::State& state) {
  auto decoded = DecodeAll();
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& t : decoded) {
      Tokens toks = Tokenize(t);
      tokens += toks.tokens.size();
      benchmark::DoNotOptimize(toks);
    }
  }
  SetThroughput(state);
  state.counters["tokens"] = static_cast<double>(tokens);
}

// The headline number: decode + tokenize (every token's normalized key included).
void BM_DecodeNormalizeTokenize(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : TheCorpus().docs) {
      auto t = DecodeUtf8(d, Utf8Mode::kLenient);
      Tokens toks = Tokenize(*t);
      benchmark::DoNotOptimize(toks);
    }
  }
  SetThroughput(state);
}

// Everything the text layer does to an article before geoparsing, clitics included.
void BM_FullTextLayer(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : TheCorpus().docs) {
      auto t = DecodeUtf8(d, Utf8Mode::kLenient);
      Tokens toks = Tokenize(*t);
      auto sentences = SplitSentences(*t, toks);
      size_t stems = 0;
      for (size_t i = 0; i < toks.tokens.size(); ++i)
        if (toks.tokens[i].script == Script::kArabic) stems += AnalyzeClitics(toks.Key(i)).size();
      benchmark::DoNotOptimize(sentences);
      benchmark::DoNotOptimize(stems);
    }
  }
  SetThroughput(state);
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = std::string(MARSAD_SOURCE_DIR) + "/../shared/corpus/saudinewsnet_ar_conflict.jsonl";
  if (const char* env = std::getenv("MARSAD_CORPUS"); env != nullptr && *env) path = env;
  std::string dump;
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--corpus=", 0) == 0) path = a.substr(9);
    else if (a.rfind("--dump-text=", 0) == 0) dump = a.substr(12);
    else rest.push_back(argv[i]);
  }
  Corpus& corpus = TheCorpus();
  if (!LoadCorpus(path, &corpus) || corpus.docs.empty()) {
    std::cout << "text_bench: corpus not found or empty: " << path
              << "\n  (set MARSAD_CORPUS or --corpus=PATH to a JSON-lines file with \"text\" fields); skipping\n";
    return 0;
  }
  if (!dump.empty()) {
    std::ofstream out(dump, std::ios::binary);
    for (const auto& d : corpus.docs) out << d << "\n\n";
    return out ? 0 : 1;
  }
  std::cout << "text_bench: " << corpus.docs.size() << " articles, " << corpus.bytes << " bytes of text from "
            << path << "\n";
  benchmark::RegisterBenchmark("BM_Decode", BM_Decode)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_NormalizeKey", BM_NormalizeKey)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_NormalizeKeyWithMap", BM_NormalizeKeyWithMap)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_Tokenize", BM_Tokenize)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_DecodeNormalizeTokenize", BM_DecodeNormalizeTokenize)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_FullTextLayer", BM_FullTextLayer)->Unit(benchmark::kMillisecond);
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  if (benchmark::ReportUnrecognizedArguments(n, rest.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
