// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuresimulation.h"

#include <QElapsedTimer>

#include <atomic>
#include <cmath>
#include <map>
#include <thread>

namespace antrum {

namespace {

using Index = FailureGraph::Index;

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// xoshiro256** (Blackman & Vigna): fast, with a 2^256 period; one stream per trial.
class Random {
public:
    Random(std::uint64_t seed, std::uint64_t trial)
    {
        std::uint64_t state = seed ^ (trial * 0xD1B54A32D192ED03ull);
        for (auto &word : m_s)
            word = splitmix64(state);
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

struct Chance {
    Index node;
    std::uint64_t threshold; ///< fails when a uniform 64-bit draw is below it
    bool always;
};

std::vector<Chance> chancesOf(const Model &model)
{
    std::vector<Chance> chances;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const double p = model.nodes[i].effectiveFailureProbability();
        if (p <= 0)
            continue;
        chances.push_back({Index(i), p >= 1 ? ~0ull : std::uint64_t(std::ldexp(p, 64)), p >= 1});
    }
    return chances;
}

void draw(const std::vector<Chance> &chances, std::uint64_t seed, std::uint64_t trial, std::vector<Index> &out)
{
    out.clear();
    Random random(seed, trial);
    for (const Chance &c : chances) {
        if (c.always || random.next() < c.threshold)
            out.push_back(c.node);
    }
}

/// Runs `work(first, last)` over [0, count) in blocks on `threads` threads.
template <typename Work>
void parallel(qint64 count, int threads, const Work &work)
{
    std::vector<std::thread> pool;
    const qint64 block = (count + threads - 1) / threads;
    for (int t = 0; t < threads; ++t) {
        const qint64 first = t * block, last = std::min(count, first + block);
        if (first < last)
            pool.emplace_back([&work, t, first, last] { work(t, first, last); });
    }
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace

Estimate wilsonEstimate(qint64 hits, qint64 trials)
{
    Estimate e;
    e.hits = hits;
    if (trials <= 0)
        return e;
    const double n = double(trials), p = double(hits) / n, z = 1.959963984540054;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    e.probability = p;
    // Exact at the ends: rounding must not put a hair of probability outside what was seen.
    e.low = hits == 0 ? 0.0 : std::max(0.0, centre - half);
    e.high = hits == trials ? 1.0 : std::min(1.0, centre + half);
    return e;
}

MonteCarloResult simulateMonteCarlo(const Model &model, const DependencyAnalysis &analysis, const MonteCarloOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const FailureGraph &graph = analysis.graph();
    MonteCarloResult result;
    result.trials = std::max<qint64>(0, options.trials);
    result.seed = options.seed;
    result.threads = options.threads > 0 ? options.threads : std::max(1, int(std::thread::hardware_concurrency()));
    result.importanceTrials = options.importanceTrials >= 0 ? options.importanceTrials : std::min<qint64>(result.trials, 2000);
    const std::vector<Chance> chances = chancesOf(model);
    const std::vector<CapabilityFindings> &capabilities = analysis.capabilities();
    const std::size_t caps = capabilities.size();

    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
    const qint64 totalWork = result.trials + result.importanceTrials;
    const auto tick = [&](int thread) {
        const qint64 d = ++done;
        if (thread == 0 && options.progress && (d & 0xFF) == 0 && !options.progress(double(d) / std::max<qint64>(1, totalWork)))
            cancel = true;
    };

    // 1. Failure probability per capability.
    std::vector<std::vector<qint64>> hits(std::size_t(result.threads), std::vector<qint64>(caps, 0));
    parallel(result.trials, result.threads, [&](int t, qint64 first, qint64 last) {
        FailurePropagator propagator(graph);
        std::vector<Index> seeds;
        for (qint64 trial = first; trial < last && !cancel; ++trial) {
            draw(chances, options.seed, std::uint64_t(trial), seeds);
            propagator.reset();
            propagator.fail(seeds);
            for (std::size_t c = 0; c < caps; ++c)
                hits[std::size_t(t)][c] += propagator.isFailed(capabilities[c].node);
            tick(t);
        }
    });
    if (cancel) {
        result.cancelled = true;
        return result;
    }
    result.capabilities.resize(caps);
    for (std::size_t c = 0; c < caps; ++c) {
        qint64 total = 0;
        for (const auto &perThread : hits)
            total += perThread[c];
        result.capabilities[c].node = capabilities[c].node;
        result.capabilities[c].failure = wilsonEstimate(total, result.trials);
    }

    // 2. Importance: candidates are cut set members that can fail, smallest sets first.
    std::vector<double> probability(graph.size(), 0);
    for (const Chance &c : chances)
        probability[c.node] = model.nodes[c.node].effectiveFailureProbability();
    std::vector<std::vector<Index>> candidates(caps);
    std::map<Index, std::vector<std::pair<std::size_t, std::size_t>>> watchers; // X -> (capability, slot)
    for (std::size_t c = 0; c < caps; ++c) {
        std::vector<Index> &mine = candidates[c];
        for (const CutSet &s : analysis.engine().family(capabilities[c].node)) {
            for (const Index x : s.view()) {
                if (probability[x] > 0 && std::find(mine.begin(), mine.end(), x) == mine.end()
                    && int(mine.size()) < options.candidatesPerCapability)
                    mine.push_back(x);
            }
        }
        for (std::size_t slot = 0; slot < mine.size(); ++slot)
            watchers[mine[slot]].emplace_back(c, slot);
    }
    const std::vector<std::pair<Index, std::vector<std::pair<std::size_t, std::size_t>>>> order(watchers.begin(), watchers.end());
    struct Counts {
        std::vector<qint64> base;                      // per capability
        std::vector<std::vector<qint64>> down, up;     // per capability, per candidate slot
    };
    std::vector<Counts> counts(std::size_t(result.threads));
    for (Counts &k : counts) {
        k.base.assign(caps, 0);
        k.down.resize(caps);
        k.up.resize(caps);
        for (std::size_t c = 0; c < caps; ++c) {
            k.down[c].assign(candidates[c].size(), 0);
            k.up[c].assign(candidates[c].size(), 0);
        }
    }
    const std::uint64_t importanceSeed = options.seed ^ 0x5DEECE66Dull;
    parallel(result.importanceTrials, result.threads, [&](int t, qint64 first, qint64 last) {
        Counts &k = counts[std::size_t(t)];
        FailurePropagator propagator(graph), without(graph);
        std::vector<Index> seeds, others;
        std::vector<std::uint8_t> drawn(graph.size(), 0), baseState(caps, 0);
        for (qint64 trial = first; trial < last && !cancel; ++trial) {
            draw(chances, importanceSeed, std::uint64_t(trial), seeds);
            for (const Index s : seeds)
                drawn[s] = 1;
            propagator.reset();
            propagator.fail(seeds);
            for (std::size_t c = 0; c < caps; ++c) {
                baseState[c] = propagator.isFailed(capabilities[c].node);
                k.base[c] += baseState[c];
            }
            for (const auto &[x, watching] : order) {
                if (!drawn[x]) {
                    // x works in this trial: "up" is the trial itself, "down" adds x's failure.
                    const FailurePropagator::Mark mark = propagator.mark();
                    propagator.fail(x);
                    for (const auto &[c, slot] : watching) {
                        k.up[c][slot] += baseState[c];
                        k.down[c][slot] += propagator.isFailed(capabilities[c].node);
                    }
                    propagator.rollback(mark);
                } else {
                    // x failed in this trial: "down" is the trial, "up" repairs x.
                    others.clear();
                    for (const Index s : seeds) {
                        if (s != x)
                            others.push_back(s);
                    }
                    without.reset();
                    without.fail(others);
                    for (const auto &[c, slot] : watching) {
                        k.down[c][slot] += propagator.isFailed(capabilities[c].node);
                        k.up[c][slot] += without.isFailed(capabilities[c].node);
                    }
                }
            }
            for (const Index s : seeds)
                drawn[s] = 0;
            tick(t);
        }
    });
    if (cancel) {
        result.cancelled = true;
        return result;
    }
    if (result.importanceTrials > 0) {
        const double n = double(result.importanceTrials);
        for (std::size_t c = 0; c < caps; ++c) {
            qint64 base = 0;
            for (const Counts &k : counts)
                base += k.base[c];
            for (std::size_t slot = 0; slot < candidates[c].size(); ++slot) {
                qint64 down = 0, up = 0;
                for (const Counts &k : counts) {
                    down += k.down[c][slot];
                    up += k.up[c][slot];
                }
                NodeImportance imp;
                imp.node = candidates[c][slot];
                imp.birnbaum = (double(down) - double(up)) / n;
                imp.fussellVesely = base > 0 ? (double(base) - double(up)) / double(base) : 0.0;
                result.capabilities[c].importance.push_back(imp);
            }
            std::sort(result.capabilities[c].importance.begin(), result.capabilities[c].importance.end(),
                      [&](const NodeImportance &a, const NodeImportance &b) {
                          if (a.fussellVesely != b.fussellVesely)
                              return a.fussellVesely > b.fussellVesely;
                          if (a.birnbaum != b.birnbaum)
                              return a.birnbaum > b.birnbaum;
                          return idLess(graph.id(a.node), graph.id(b.node));
                      });
        }
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

} // namespace antrum
