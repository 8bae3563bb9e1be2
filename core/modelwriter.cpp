// SPDX-License-Identifier: GPL-3.0-or-later
// writeModelJson(): pretty JSON in the spec's key order; numbers that read back bit-exactly.
#include "jsonwriter.h"
#include "modeljson.h"


namespace antrum {

namespace {

void writeNode(JsonWriter &w, const Node &n)
{
    w.beginObject();
    w.key(u"id"); w.value(QStringView(n.id));
    w.key(u"kind"); w.value(QStringView(toString(n.kind)));
    w.key(u"name"); w.value(QStringView(n.name));
    if (n.criticality) { w.key(u"criticality"); w.value(*n.criticality); }
    if (n.mtdHours) { w.key(u"mtd_hours"); w.value(*n.mtdHours); }
    if (n.failureProbability) { w.key(u"failure_probability"); w.value(*n.failureProbability); }
    if (!n.redundancy.empty()) {
        w.key(u"redundancy");
        w.beginObject();
        for (const auto &[group, k] : n.redundancy) {
            w.key(group);
            w.value(k);
        }
        w.endObject();
    }
    if (!n.attributes.empty()) {
        w.key(u"attributes");
        w.beginObject();
        for (const auto &[name, value] : n.attributes) {
            w.key(name);
            std::visit([&w](const auto &v) {
                if constexpr (std::is_same_v<std::decay_t<decltype(v)>, QString>)
                    w.value(QStringView(v));
                else
                    w.value(v);
            }, value);
        }
        w.endObject();
    }
    w.endObject();
}

void writeEdgeKey(JsonWriter &w, const EdgeKey &e)
{
    w.key(u"from"); w.value(QStringView(e.from));
    w.key(u"to"); w.value(QStringView(e.to));
    w.key(u"kind"); w.value(QStringView(toString(e.kind)));
}

void writeEdge(JsonWriter &w, const Edge &e)
{
    w.beginObject();
    writeEdgeKey(w, e.key());
    if (!e.group.isEmpty()) { w.key(u"group"); w.value(QStringView(e.group)); }
    if (e.switchMonths) { w.key(u"switch_months"); w.value(*e.switchMonths); }
    if (e.switchCost) { w.key(u"switch_cost"); w.value(*e.switchCost); }
    w.endObject();
}

} // namespace

QByteArray writeModelJson(const Model &model)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"format"); w.value(QStringView(u"antrum-model"));
    w.key(u"version"); w.value(1);
    w.key(u"name"); w.value(QStringView(model.name));
    if (model.description) { w.key(u"description"); w.value(QStringView(*model.description)); }
    if (model.homeJurisdictions) { w.key(u"home_jurisdictions"); w.value(*model.homeJurisdictions); }
    w.key(u"nodes");
    w.beginArray();
    for (const Node &n : model.nodes)
        writeNode(w, n);
    w.endArray();
    w.key(u"edges");
    w.beginArray();
    for (const Edge &e : model.edges)
        writeEdge(w, e);
    w.endArray();
    if (!model.scenarios.empty()) {
        w.key(u"scenarios");
        w.beginArray();
        for (const Scenario &s : model.scenarios) {
            w.beginObject();
            w.key(u"id"); w.value(QStringView(s.id));
            w.key(u"name"); w.value(QStringView(s.name));
            w.key(u"events");
            w.beginArray();
            for (const Event &e : s.events) {
                w.beginObject();
                w.key(u"type"); w.value(QStringView(toString(e.type)));
                w.key(u"node"); w.value(QStringView(e.node));
                if (e.type == Event::Type::Price) { w.key(u"factor"); w.value(e.factor); }
                if (e.type == Event::Type::Acquire) { w.key(u"parent"); w.value(QStringView(e.parent)); }
                if (e.month) { w.key(u"month"); w.value(*e.month); }
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
    }
    if (!model.options.empty()) {
        w.key(u"options");
        w.beginArray();
        for (const Option &o : model.options) {
            w.beginObject();
            w.key(u"id"); w.value(QStringView(o.id));
            w.key(u"name"); w.value(QStringView(o.name));
            if (!o.removeNodes.isEmpty()) { w.key(u"remove_nodes"); w.value(o.removeNodes); }
            if (!o.addNodes.empty()) {
                w.key(u"add_nodes");
                w.beginArray();
                for (const Node &n : o.addNodes)
                    writeNode(w, n);
                w.endArray();
            }
            if (!o.removeEdges.empty()) {
                w.key(u"remove_edges");
                w.beginArray();
                for (const EdgeKey &e : o.removeEdges) {
                    w.beginObject();
                    writeEdgeKey(w, e);
                    w.endObject();
                }
                w.endArray();
            }
            if (!o.addEdges.empty()) {
                w.key(u"add_edges");
                w.beginArray();
                for (const Edge &e : o.addEdges)
                    writeEdge(w, e);
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
    }
    for (const auto &[name, value] : model.extensions) {
        w.key(name);
        w.value(value);
    }
    w.endObject();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

} // namespace antrum
