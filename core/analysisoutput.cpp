// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisoutput.h"

#include "jsonwriter.h"
#include "methodologyoutput.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace antrum {

namespace {

using Index = FailureGraph::Index;

/// The translation context of the command line's tables.
struct AnalysisOutput {
    Q_DECLARE_TR_FUNCTIONS(AnalysisOutput)
};


void writeIds(JsonWriter &w, const FailureGraph &g, const std::vector<Index> &nodes)
{
    w.beginArray();
    for (const Index n : nodes)
        w.value(g.id(n));
    w.endArray();
}

QString idList(const FailureGraph &g, const std::vector<Index> &nodes, const QString &empty = QStringLiteral("—"))
{
    QStringList list;
    for (const Index n : nodes)
        list << g.id(n);
    return list.isEmpty() ? empty : list.join(QStringLiteral(", "));
}

std::vector<Index> sortedById(const FailureGraph &g, std::vector<Index> nodes)
{
    sortNodesById(g, nodes);
    return nodes;
}

QString percent(double p) { return QString::number(100.0 * p, 'f', p < 0.001 && p > 0 ? 4 : 2) + u'%'; }

} // namespace

double roundForOutput(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> width;
    for (const QString &h : header)
        width << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], row[c].size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype c = 0; c < cells.size() && c < width.size(); ++c) {
            const bool right = c < rightAligned.size() && rightAligned[c];
            const QString cell = right ? cells[c].rightJustified(width[c]) : cells[c].leftJustified(width[c]);
            out += (c ? QStringLiteral("  ") : QString()) + cell;
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(header);
    QStringList rule;
    for (const qsizetype w : width)
        rule << QString(w, u'-');
    out += line(rule);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

void writeDefeatedGroups(JsonWriter &w, const FailureGraph &g, const std::vector<DefeatedGroup> &groups)
{
    w.beginArray();
    for (const DefeatedGroup &d : groups) {
        w.beginObject();
        w.key(u"node");
        w.value(g.id(d.owner));
        w.key(u"group");
        w.value(d.group);
        w.key(u"k");
        w.value(d.k);
        w.key(u"members");
        w.beginArray();
        for (const DefeatedGroup::Member &m : d.members) {
            w.beginObject();
            w.key(u"id");
            w.value(g.id(m.node));
            w.key(u"failed");
            w.value(m.failed);
            w.key(u"failed_by");
            writeIds(w, g, m.causes);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

QByteArray analysisToJson(const DependencyAnalysis &analysis, bool explainCutSets, const Model *model,
                          const MethodologyResult *methodology, std::function<void(const QByteArray &)> sink)
{
    const FailureGraph &g = analysis.graph();
    std::map<Index, const CapabilityLockIn *> lockIn;
    if (model && methodology) {
        for (const CapabilityLockIn &c : methodology->capabilities)
            lockIn[Index(c.node)] = &c;
    }
    JsonWriter w;
    w.setSink(std::move(sink));
    w.beginObject();
    w.key(u"model");
    w.beginObject();
    w.key(u"name");
    w.value(analysis.modelName());
    w.key(u"nodes");
    w.value(qint64(g.size()));
    w.key(u"edges");
    w.value(qint64(analysis.edgeCount()));
    w.endObject();
    w.key(u"max_order");
    w.value(analysis.maxOrder());
    w.key(u"capabilities");
    w.beginArray();
    for (const CapabilityFindings &f : analysis.capabilities()) {
        w.beginObject();
        w.key(u"id");
        w.value(g.id(f.node));
        w.key(u"name");
        w.value(g.name(f.node));
        w.key(u"criticality");
        w.value(f.criticality);
        w.key(u"single_points_of_failure");
        writeIds(w, g, f.spofs);
        w.key(u"explanations");
        w.beginObject();
        for (std::size_t i = 0; i < f.spofs.size(); ++i) {
            w.key(g.id(f.spofs[i]));
            writeIds(w, g, f.whyPaths[i]);
        }
        w.endObject();
        w.key(u"cut_sets");
        w.beginArray();
        for (const std::vector<Index> &set : f.cutSets)
            writeIds(w, g, set);
        w.endArray();
        w.key(u"reach");
        writeIds(w, g, f.reach);
        w.key(u"foreign_reach");
        writeIds(w, g, f.foreignReach);
        if (const auto it = lockIn.find(f.node); it != lockIn.end()) {
            w.key(u"lock_in");
            writeCapabilityLockIn(w, *model, *it->second);
        }
        if (explainCutSets) {
            w.key(u"cut_set_explanations");
            w.beginArray();
            for (const std::vector<Index> &set : f.cutSets) {
                w.beginObject();
                w.key(u"cut_set");
                writeIds(w, g, set);
                w.key(u"defeated_groups");
                writeDefeatedGroups(w, g, analysis.explainCutSet(f.node, set));
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
    w.key(u"jurisdictions");
    w.beginArray();
    for (const JurisdictionFindings &j : analysis.jurisdictions()) {
        w.beginObject();
        w.key(u"id");
        w.value(g.id(j.node));
        w.key(u"name");
        w.value(g.name(j.node));
        w.key(u"home");
        w.value(j.home);
        w.key(u"cutoff_capabilities");
        writeIds(w, g, j.cutoff);
        w.key(u"reach_capabilities");
        writeIds(w, g, j.reach);
        w.endObject();
    }
    w.endArray();
    if (model && methodology)
        writeMethodologyMembers(w, *model, *methodology);
    w.endObject();
    return w.take() + '\n';
}

QString analysisToText(const DependencyAnalysis &analysis, bool explainCutSets, const Model *model,
                       const MethodologyResult *methodology)
{
    const FailureGraph &g = analysis.graph();
    QString out = AnalysisOutput::tr("Model: %1 (%2 nodes, %3 edges)\n\n").arg(analysis.modelName()).arg(g.size()).arg(analysis.edgeCount());

    QList<QStringList> rows;
    int withoutSpof = 0;
    for (const CapabilityFindings &f : analysis.capabilities()) {
        withoutSpof += f.spofs.empty();
        rows << QStringList{g.id(f.node), g.name(f.node), QString::number(f.criticality), QString::number(f.spofs.size()),
                            QString::number(f.cutSets.size()), idList(g, f.foreignReach)};
    }
    out += AnalysisOutput::tr("Capabilities — single points of failure (SPOF), cut sets of order 2..%1, foreign legal reach\n").arg(analysis.maxOrder());
    out += formatTable({AnalysisOutput::tr("Capability"), AnalysisOutput::tr("Name"), AnalysisOutput::tr("Crit."), AnalysisOutput::tr("SPOFs"), AnalysisOutput::tr("Cut sets"), AnalysisOutput::tr("Foreign reach")}, rows,
                       {false, false, true, true, true, false});
    out += AnalysisOutput::tr("\n%1 of %2 capabilities have no single point of failure (a mouse trusts not one hole).\n")
               .arg(withoutSpof).arg(analysis.capabilities().size());

    for (const CapabilityFindings &f : analysis.capabilities()) {
        if (f.spofs.empty() && f.cutSets.empty())
            continue;
        out += u'\n' + AnalysisOutput::tr("%1 (%2)").arg(g.name(f.node), g.id(f.node)) + u'\n';
        for (std::size_t i = 0; i < f.spofs.size(); ++i) {
            QStringList path;
            for (const Index n : f.whyPaths[i])
                path << g.id(n);
            out += AnalysisOutput::tr("  SPOF %1 (%2): %3\n").arg(g.id(f.spofs[i]), toString(g.kind(f.spofs[i])), path.join(QStringLiteral(" → ")));
        }
        for (const std::vector<Index> &set : f.cutSets) {
            out += AnalysisOutput::tr("  cut set {%1}\n").arg(idList(g, set));
            if (!explainCutSets)
                continue;
            for (const DefeatedGroup &d : analysis.explainCutSet(f.node, set)) {
                QStringList members;
                for (const DefeatedGroup::Member &m : d.members) {
                    members << (m.failed ? AnalysisOutput::tr("%1 (falls to %2)").arg(g.id(m.node), idList(g, m.causes, AnalysisOutput::tr("the combination")))
                                         : AnalysisOutput::tr("%1 (stands)").arg(g.id(m.node)));
                }
                out += AnalysisOutput::tr("    defeats group \"%1\" of %2 (needs %3): %4\n")
                           .arg(d.group, g.id(d.owner)).arg(d.k).arg(members.join(QStringLiteral(", ")));
            }
        }
    }

    QList<QStringList> jrows;
    for (const JurisdictionFindings &j : analysis.jurisdictions()) {
        jrows << QStringList{g.id(j.node), g.name(j.node), j.home ? AnalysisOutput::tr("home") : AnalysisOutput::tr("foreign"), QString::number(j.cutoff.size()),
                             QString::number(j.reach.size()), idList(g, j.cutoff)};
    }
    out += u'\n' + AnalysisOutput::tr("Jurisdictions — what each can cut off on its own, and how far its laws reach\n");
    out += formatTable({AnalysisOutput::tr("Jurisdiction"), AnalysisOutput::tr("Name"), AnalysisOutput::tr("Status"), AnalysisOutput::tr("Cut-off"), AnalysisOutput::tr("Reach"), AnalysisOutput::tr("Capabilities it can cut off")},
                       jrows, {false, false, false, true, true, false});
    if (model && methodology)
        out += u'\n' + methodologyToText(*model, *methodology);
    return out;
}

QByteArray failureToJson(const FailureGraph &g, const std::vector<Index> &failed)
{
    std::vector<Index> capabilities;
    for (const Index n : failed) {
        if (g.kind(n) == NodeKind::Capability)
            capabilities.push_back(n);
    }
    JsonWriter w;
    w.beginObject();
    w.key(u"failed");
    writeIds(w, g, sortedById(g, failed));
    w.key(u"failed_capabilities");
    writeIds(w, g, sortedById(g, capabilities));
    w.endObject();
    return w.take() + '\n';
}

QString failureToText(const FailureGraph &g, const std::vector<Index> &seeds, const std::vector<Index> &failed)
{
    QString out = AnalysisOutput::tr("Failing on their own: %1\n").arg(idList(g, sortedById(g, seeds)));
    out += AnalysisOutput::tr("%1 nodes fail in all.\n\n").arg(failed.size());
    QList<QStringList> rows;
    for (const Index n : sortedById(g, failed)) {
        if (g.kind(n) == NodeKind::Capability)
            rows << QStringList{g.id(n), g.name(n)};
    }
    if (rows.isEmpty())
        return out + AnalysisOutput::tr("No capability fails.\n");
    out += AnalysisOutput::tr("Capabilities that fail:\n");
    return out + formatTable({AnalysisOutput::tr("Capability"), AnalysisOutput::tr("Name")}, rows);
}

QByteArray monteCarloToJson(const FailureGraph &g, const MonteCarloResult &result)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"trials");
    w.value(result.trials);
    w.key(u"seed");
    // JSON numbers are exact up to 2^53; larger seeds are written as strings.
    if (result.seed <= (1ull << 53))
        w.value(double(result.seed));
    else
        w.value(QString::number(result.seed));
    w.key(u"importance_trials");
    w.value(result.importanceTrials);
    w.key(u"capabilities");
    w.beginArray();
    for (const CapabilityEstimate &c : result.capabilities) {
        w.beginObject();
        w.key(u"id");
        w.value(g.id(c.node));
        w.key(u"failure_probability");
        w.value(c.failure.probability);
        w.key(u"ci95");
        w.beginArray();
        w.value(c.failure.low);
        w.value(c.failure.high);
        w.endArray();
        w.key(u"failures");
        w.value(c.failure.hits);
        w.key(u"importance");
        w.beginArray();
        for (const NodeImportance &i : c.importance) {
            w.beginObject();
            w.key(u"id");
            w.value(g.id(i.node));
            w.key(u"birnbaum");
            w.value(i.birnbaum);
            w.key(u"fussell_vesely");
            w.value(i.fussellVesely);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take() + '\n';
}

QString monteCarloToText(const FailureGraph &g, const MonteCarloResult &result)
{
    QString out = AnalysisOutput::tr("Monte Carlo: %1 trials, seed %2 (%3 s on %4 threads)\n\n")
                      .arg(result.trials).arg(result.seed).arg(result.seconds, 0, 'f', 2).arg(result.threads);
    QList<QStringList> rows;
    for (const CapabilityEstimate &c : result.capabilities) {
        QStringList top;
        for (std::size_t i = 0; i < c.importance.size() && i < 3; ++i)
            top << QStringLiteral("%1 (FV %2)").arg(g.id(c.importance[i].node)).arg(c.importance[i].fussellVesely, 0, 'f', 2);
        rows << QStringList{g.id(c.node), percent(c.failure.probability),
                            QStringLiteral("%1 – %2").arg(percent(c.failure.low), percent(c.failure.high)),
                            top.isEmpty() ? QStringLiteral("—") : top.join(QStringLiteral(", "))};
    }
    out += formatTable({AnalysisOutput::tr("Capability"), AnalysisOutput::tr("P(fails in a year)"), AnalysisOutput::tr("95% interval"),
                        AnalysisOutput::tr("Most important (Fussell–Vesely, %1 trials)").arg(result.importanceTrials)},
                       rows, {false, true, true, false});
    return out;
}

} // namespace antrum
