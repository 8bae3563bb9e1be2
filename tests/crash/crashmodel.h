// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "modelgenerator.h"

#include <QStringList>

/// The models the crash driver writes and the crash test expects: one big generated model
/// (a few thousand nodes, so that a write takes milliseconds and a kill lands inside it),
/// marked with the run and the generation, so that every write has content of its own and
/// the test can tell exactly which one a file holds.
namespace antrum::crash {

/// Nodes of the model: big enough that writing it takes some milliseconds.
inline constexpr int ModelNodes = 2000;

inline const Model &baseModel()
{
    static const Model model = generateModel(ModelNodes, 20240611);
    return model;
}

/// The nodes that carry the generation: every 40th, spread over the whole file.
inline QStringList markedIds()
{
    QStringList ids;
    const std::vector<Node> &nodes = baseModel().nodes;
    for (std::size_t i = 0; i < nodes.size(); i += 40)
        ids << nodes[i].id;
    return ids;
}

inline const QString &generationKey()
{
    static const QString key = QStringLiteral("crash_generation");
    return key;
}

/// The number written for generation `generation` of run `run`.
inline double stamp(int run, int generation) { return double(run) * 1'000'000.0 + generation; }

/// The node the autosave mode's editor changes: one edit a generation (a bulk edit of many
/// nodes makes the main window redraw its graph once per node).
inline QStringList autosaveMarkedIds() { return {baseModel().nodes.front().id}; }

/// Generation `generation` of run `run`: in the model's name and in an attribute of the
/// marked nodes. `named` false: the autosave mode's, whose editor changes one node only.
inline Model generation(int run, int generation, bool named = true)
{
    Model model = baseModel();
    if (named)
        model.name = QStringLiteral("Crash run %1 generation %2").arg(run).arg(generation);
    const QStringList ids = named ? markedIds() : autosaveMarkedIds();
    for (Node &node : model.nodes) {
        if (ids.contains(node.id))
            node.attributes[generationKey()] = stamp(run, generation);
    }
    return model;
}

} // namespace antrum::crash
