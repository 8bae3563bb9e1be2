// SPDX-License-Identifier: GPL-3.0-or-later
// The speed targets of the analysis engine, on models from the generator:
//   analyze --max-order 2 on 10k/100k nodes; one propagation on 1M; Monte Carlo with 100,000
//   trials on 10k; and the engine against the naive "propagate every single failure".
#include "chartdata.h"
#include "dependencyanalysis.h"
#include "failuresimulation.h"
#include "methodology.h"
#include "modelgenerator.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include <malloc.h>

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

/// Resident memory in KiB from /proc/self/status ("VmRSS" now, "VmHWM" the peak).
double statusKiB(const char *key)
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    double value = 0;
    const std::size_t length = std::strlen(key);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, key, length) == 0 && line[length] == ':')
            value = std::atof(line + length + 1);
    }
    std::fclose(f);
    return value;
}

/// Measures the peak memory of one benchmark: Linux resets the peak ("VmHWM") when 5 is
/// written to /proc/self/clear_refs. extra_MiB is what the benchmark added on top of what
/// the process held before it (the cached models); peak_MiB is the whole process.
class PeakMemory {
public:
    PeakMemory()
    {
        malloc_trim(0); // hand freed heap back, so that reusing it shows as growth again
        if (FILE *f = std::fopen("/proc/self/clear_refs", "w")) {
            std::fputs("5", f);
            std::fclose(f);
        }
        m_before = statusKiB("VmRSS");
    }
    void report(benchmark::State &state) const
    {
        const double peak = statusKiB("VmHWM");
        state.counters["peak_MiB"] = peak / 1024.0;
        state.counters["extra_MiB"] = (peak - m_before) / 1024.0;
    }

private:
    double m_before = 0;
};

void BM_Generate(benchmark::State &state)
{
    const PeakMemory memory;
    std::size_t edges = 0;
    for (auto _ : state) {
        const Model m = generateModel(int(state.range(0)), 1);
        edges = m.edges.size();
    }
    state.counters["edges"] = double(edges);
    memory.report(state);
}

void BM_GraphBuild(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const PeakMemory memory;
    for (auto _ : state)
        benchmark::DoNotOptimize(FailureGraph(m));
    state.counters["nodes"] = double(m.nodes.size());
    memory.report(state);
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
    const PeakMemory memory;
    AnalysisOptions options;
    options.maxOrder = int(state.range(1));
    options.explain = state.range(2) != 0;
    std::size_t spofs = 0, cutSets = 0;
    for (auto _ : state) {
        const DependencyAnalysis analysis(m, options);
        spofs = cutSets = 0;
        for (const CapabilityFindings &f : analysis.capabilities()) {
            spofs += f.spofs.size();
            cutSets += f.cutSets.size();
        }
    }
    state.counters["spofs"] = double(spofs);
    state.counters["cut_sets"] = double(cutSets);
    memory.report(state);
}

/// Lock-in, concentration, sovereignty profiles and data quality (methodology.h).
void BM_Methodology(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const PeakMemory memory;
    MethodologySettings settings;
    settings.asOf = QDate(2026, 1, 1);
    std::size_t items = 0, applications = 0;
    for (auto _ : state) {
        const MethodologyResult r = assessMethodology(m, settings);
        items = r.dataQuality.items.size();
        applications = r.applications.size();
    }
    state.counters["applications"] = double(applications);
    state.counters["quality_items"] = double(items);
    memory.report(state);
}

/// Everything the dashboard computes on the GUI thread when an analysis finishes (chartdata.h):
/// key figures, exposure, concentration, lock-in, SPOF ranking and sovereignty profiles.
void BM_DashboardData(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const DependencyAnalysis analysis(m);
    MethodologySettings settings;
    settings.asOf = QDate(2026, 1, 1);
    const MethodologyResult methodology = assessMethodology(m, settings);
    const PeakMemory memory;
    std::size_t bars = 0;
    for (auto _ : state) {
        const auto figures = dashboardFigures(m, analysis, methodology);
        bars = jurisdictionExposureChart(m, analysis).categories.size()
               + concentrationChart(m, methodology, QStringLiteral("ultimate_parent"), QStringLiteral("criticality")).categories.size()
               + lockInChart(m, methodology).categories.size() + spofRankingChart(m, analysis).categories.size()
               + sovereigntyProfiles(m, methodology, ProfileSubjects::Applications).size();
        benchmark::DoNotOptimize(figures.size());
    }
    state.counters["bars"] = double(bars);
    memory.report(state);
}

/// The cut-set engine alone (families of every node), without the per-capability findings.
void BM_CutSetEngine(benchmark::State &state)
{
    const Model &m = model(int(state.range(0)));
    const FailureGraph graph(m);
    const PeakMemory memory;
    for (auto _ : state) {
        const CutSetEngine engine(graph, int(state.range(1)));
        benchmark::DoNotOptimize(engine.family(0).size());
    }
    memory.report(state);
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
    const PeakMemory memory;
    for (auto _ : state) {
        const MonteCarloResult result = simulateMonteCarlo(m, analysis, options);
        benchmark::DoNotOptimize(result.capabilities.size());
        state.counters["threads"] = result.threads;
    }
    memory.report(state);
}

} // namespace

BENCHMARK(BM_Generate)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_GraphBuild)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PropagateJurisdiction)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
// Args: nodes, max order, explanation paths (1) or not (0).
BENCHMARK(BM_Analyze)
    ->Args({10000, 2, 1})->Args({100000, 2, 1})->Args({1000000, 2, 1})->Args({1000000, 2, 0})
    ->Args({10000, 3, 1})->Args({100000, 3, 1})->Args({1000000, 3, 1})
    ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_Analyze)->Args({1000, 2, 1})->Args({2000, 2, 1})->Args({100000, 1, 1})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Name("BM_AnalyzeSmall");
BENCHMARK(BM_Methodology)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_DashboardData)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_CutSetEngine)->Args({10000, 2})->Args({100000, 2})->Args({1000000, 2})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_NaivePairs)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_NaiveSpof)->Arg(10000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_SparseNaiveSpof)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_MonteCarlo)->Args({10000, 100000, 0})->Args({10000, 100000, 2000})->Args({100000, 10000, 0})->Args({1000000, 1000, 0})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK_MAIN();
