// Gazetteer micro-benchmarks: Open time, Lookup and IsPrefix throughput over the index's
// own keys (hits) and over keys that are not in it (misses), one thread.
//
// Index: $MARSAD_GAZETTEER, else data/gazetteer/default.mgz (built by `make gazetteer`).
// For the scale test, point MARSAD_GAZETTEER at an index built from bench/gen_geonames.py.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "marsad/gazetteer.h"

namespace {

using marsad::gazetteer::Gazetteer;

std::string IndexPath() {
  if (const char* p = std::getenv("MARSAD_GAZETTEER"); p != nullptr && *p) return p;
  return std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/default.mgz";
}

struct Fixture {
  Gazetteer g;
  std::vector<std::string> keys, misses;
};

Fixture* Get() {
  static Fixture* f = [] {
    auto g = Gazetteer::Open(IndexPath());
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().message().c_str());
      std::exit(1);
    }
    auto* fx = new Fixture{std::move(g).value(), {}, {}};
    // A random sample of up to 1M keys, shuffled so the probes touch memory at random.
    std::mt19937_64 rng(42);
    const size_t total = fx->g.info().keys;
    const double keep = total > 1000000 ? 1000000.0 / static_cast<double>(total) : 1.0;
    std::uniform_real_distribution<double> u(0, 1);
    fx->g.ForEachKey([&](std::string_view k, std::span<const marsad::gazetteer::Posting>) {
      if (u(rng) < keep) fx->keys.emplace_back(k);
    });
    std::shuffle(fx->keys.begin(), fx->keys.end(), rng);
    for (const auto& k : fx->keys) {
      fx->misses.push_back(k + "qx");
      if (fx->misses.size() == 100000) break;
    }
    return fx;
  }();
  return f;
}

void BM_Open(benchmark::State& state) {
  const std::string path = IndexPath();
  for (auto _ : state) {
    auto g = Gazetteer::Open(path);
    if (!g.ok()) state.SkipWithError(g.status().message().c_str());
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond);

void BM_OpenNoChecksum(benchmark::State& state) {
  const std::string path = IndexPath();
  marsad::gazetteer::OpenOptions opt;
  opt.verify_checksum = false;
  for (auto _ : state) {
    auto g = Gazetteer::Open(path, opt);
    if (!g.ok()) state.SkipWithError(g.status().message().c_str());
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_OpenNoChecksum)->Unit(benchmark::kMillisecond);

void BM_LookupHit(benchmark::State& state) {
  Fixture* f = Get();
  size_t i = 0, found = 0;
  for (auto _ : state) {
    auto ps = f->g.Lookup(f->keys[i]);
    found += !ps.empty();
    benchmark::DoNotOptimize(ps.data());
    if (++i == f->keys.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["found_ratio"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_LookupHit);

void BM_LookupMiss(benchmark::State& state) {
  Fixture* f = Get();
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(f->g.Lookup(f->misses[i]).data());
    if (++i == f->misses.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LookupMiss);

void BM_IsPrefix(benchmark::State& state) {
  Fixture* f = Get();
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(f->g.IsPrefix(f->keys[i]));
    if (++i == f->keys.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IsPrefix);

// Lookup + reading the best place, as the resolver does.
void BM_LookupAndPlace(benchmark::State& state) {
  Fixture* f = Get();
  size_t i = 0;
  for (auto _ : state) {
    auto ps = f->g.Lookup(f->keys[i]);
    if (!ps.empty()) benchmark::DoNotOptimize(f->g.Place(ps[0].place).lat);
    if (++i == f->keys.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LookupAndPlace);

void BM_KeysWithPrefix(benchmark::State& state) {
  Fixture* f = Get();
  size_t i = 0;
  for (auto _ : state) {
    const std::string& k = f->keys[i];
    benchmark::DoNotOptimize(f->g.KeysWithPrefix(std::string_view(k).substr(0, 3), 10));
    if (++i == f->keys.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeysWithPrefix);

}  // namespace

BENCHMARK_MAIN();
