// SPDX-License-Identifier: GPL-3.0-or-later
// The speed targets of the analysis engine, on models from the generator:
//   analyze --max-order 2 on 10k/100k nodes; one propagation on 1M; Monte Carlo with 100,000
//   trials on 10k; and the engine against the naive "propagate every single failure".
#include "dependencyanalysis.h"
#include "failuresimulation.h"
#include "modelgenerator.h"

#include <benchmark/benchmark.h>

#include <map>
#include <sys/resource.h>

using namespace antrum;
using Index = FailureGraph::Index;

namespace {

const Model &model(int nodes)
{
    static std::map<int, Model> cache;
    auto it = cache.find(nodes);
    if (it == cache.end())
        it = cache.emplace(nodes, generateModel(nodes, 1)).first;
    return it->second;
}

void reportPeakMemory(benchmark::State &state)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["peak_MiB"] = double(usage.ru_maxrss) / 1024.0;
}

void BM_GraphBuild(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(FailureGraph(m));
    state.counters["nodes"] = double(m.nodes.size());
}

void BM_PropagateJurisdiction(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const FailureGraph graph(m);
    FailurePropagator propagator(graph);
    const Index us = *graph.indexOf(QStringLiteral("US"));
    std::size_t failed = 0;
    for (auto _ : state) {
        propagator.reset();
        propagator.fail(us);
        failed = propagator.failed().size();
    }
    state.counters["failed"] = double(failed);
}

void BM_Analyze(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    for (auto _ : state) {
        const DependencyAnalysis analysis(m, {int(state.range(1)), {}});
        benchmark::DoNotOptimize(analysis.capabilities().size());
    }
    reportPeakMemory(state);
}

/// The naive method: propagate every single node's failure from a fresh state (O(V) each).
void BM_NaiveSpof(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const FailureGraph graph(m);
    for (auto _ : state) {
        std::size_t spofs = 0;
        for (Index x = 0; x < graph.size(); ++x) {
            FailurePropagator fresh(graph);
            fresh.fail(x);
            for (const Index n : fresh.failed())
                spofs += graph.kind(n) == NodeKind::Capability && n != x;
        }
        benchmark::DoNotOptimize(spofs);
    }
}

/// The naive method done carefully: one workspace, reset sparsely (cost = what fails).
void BM_SparseNaiveSpof(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const FailureGraph graph(m);
    FailurePropagator propagator(graph);
    for (auto _ : state) {
        std::size_t spofs = 0;
        for (Index x = 0; x < graph.size(); ++x) {
            propagator.reset();
            propagator.fail(x);
            for (const Index n : propagator.failed())
                spofs += graph.kind(n) == NodeKind::Capability && n != x;
        }
        benchmark::DoNotOptimize(spofs);
    }
}

/// The naive method for cut sets of order 2: propagate every pair of nodes (sparse reset),
/// keep the pairs that fail a capability that neither element fails alone.
void BM_NaivePairs(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const FailureGraph graph(m);
    FailurePropagator propagator(graph);
    // What each node fails alone, to test minimality.
    std::vector<std::vector<std::uint8_t>> alone(graph.size());
    std::vector<Index> capabilities;
    for (Index n = 0; n < graph.size(); ++n) {
        if (graph.kind(n) == NodeKind::Capability)
            capabilities.push_back(n);
    }
    for (Index x = 0; x < graph.size(); ++x) {
        propagator.reset();
        propagator.fail(x);
        alone[x].resize(capabilities.size());
        for (std::size_t c = 0; c < capabilities.size(); ++c)
            alone[x][c] = propagator.isFailed(capabilities[c]);
    }
    for (auto _ : state) {
        std::size_t pairs = 0;
        for (Index x = 0; x < graph.size(); ++x) {
            for (Index y = x + 1; y < graph.size(); ++y) {
                propagator.reset();
                const Index both[] = {x, y};
                propagator.fail(both);
                for (std::size_t c = 0; c < capabilities.size(); ++c)
                    pairs += propagator.isFailed(capabilities[c]) && !alone[x][c] && !alone[y][c];
            }
        }
        state.counters["cut_sets"] = double(pairs);
    }
}

void BM_MonteCarlo(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const DependencyAnalysis analysis(m, {});
    MonteCarloOptions options;
    options.trials = state.range(1);
    options.importanceTrials = state.range(2);
    for (auto _ : state) {
        const MonteCarloResult result = simulateMonteCarlo(m, analysis, options);
        benchmark::DoNotOptimize(result.capabilities.size());
    }
}

} // namespace

BENCHMARK(BM_GraphBuild)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PropagateJurisdiction)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Analyze)->Args({10000, 2})->Args({100000, 2})->Args({10000, 3})->Args({100000, 3})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_Analyze)->Args({1000, 2})->Args({2000, 2})->Args({100000, 1})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Name("BM_AnalyzeSmall");
BENCHMARK(BM_NaivePairs)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_NaiveSpof)->Arg(10000)->Arg(20000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_SparseNaiveSpof)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_MonteCarlo)->Args({10000, 100000, 0})->Args({10000, 100000, 2000})->Args({100000, 10000, 0})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK_MAIN();
