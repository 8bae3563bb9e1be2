// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependencyanalysis.h"

#include <functional>

namespace antrum {

struct MonteCarloOptions {
    qint64 trials = 10000;
    quint64 seed = 1;
    int threads = 0;               ///< 0: one per core
    /// Trials for the importance measures (each costs one extra propagation per candidate);
    /// -1: min(trials, 2000).
    qint64 importanceTrials = -1;
    int candidatesPerCapability = 12; ///< importance is estimated for at most this many nodes
    std::function<bool(double)> progress; ///< share done; return false to cancel
};

/// A probability estimated from `hits` of `trials`, with its 95% Wilson score interval.
struct Estimate {
    qint64 hits = 0;
    double probability = 0;
    double low = 0;
    double high = 0;
};
Estimate wilsonEstimate(qint64 hits, qint64 trials);

struct NodeImportance {
    FailureGraph::Index node = 0;
    /// Birnbaum: P(C fails | node failed) − P(C fails | node works).
    double birnbaum = 0;
    /// Fussell–Vesely (risk-decrease form): (P(C) − P(C | node never fails)) / P(C).
    double fussellVesely = 0;
};

struct CapabilityEstimate {
    FailureGraph::Index node = 0;
    Estimate failure;
    std::vector<NodeImportance> importance; ///< by Fussell–Vesely, then Birnbaum, descending
};

struct MonteCarloResult {
    qint64 trials = 0;
    quint64 seed = 0;
    qint64 importanceTrials = 0;
    int threads = 1;
    bool cancelled = false;
    double seconds = 0;
    std::vector<CapabilityEstimate> capabilities; ///< sorted by id
};

/// The Monte Carlo estimate of semantics.md: in each trial every node fails on its own with
/// its failure_probability, then fail(F) is propagated; P(C fails) is the share of trials in
/// which C failed. Trial i draws from its own random stream, derived from (seed, i), so the
/// numbers depend on the model, the trial count and the seed only — not on the threads.
/// Importance candidates for a capability are the members of its minimal cut sets (from
/// `analysis`) that can fail (probability > 0).
MonteCarloResult simulateMonteCarlo(const Model &model, const DependencyAnalysis &analysis,
                                    const MonteCarloOptions &options);

} // namespace antrum
