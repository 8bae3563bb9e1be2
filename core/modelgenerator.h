// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

namespace antrum {

/// A synthetic but realistic landscape of about `nodes` nodes, the same for the same seed:
/// capabilities require applications (some through 1-of-2 or 2-of-3 redundancy groups, some
/// capabilities require others), applications are provided by suppliers and hosted on cloud
/// regions and data centres, suppliers belong to ownership trees whose ultimate parents are
/// incorporated in a few dozen jurisdictions, a handful of dominant providers serve most
/// applications (preferential attachment, as in real markets), hosts are operated by
/// suppliers and located in jurisdictions, some applications require each other in cycles,
/// and open alternatives exist for some applications. See docs/analysis.md.
Model generateModel(int nodes, quint64 seed);

} // namespace antrum
