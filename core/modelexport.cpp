// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelexport.h"

#include <QSaveFile>
#include <QXmlStreamWriter>

#include <charconv>
#include <cmath>
#include <memory>
#include <set>

namespace antrum {

namespace {

QString formatNumber(double number)
{
    char buffer[64];
    const auto [end, ec] = (std::abs(number) < 9007199254740992.0 && std::trunc(number) == number)
                               ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(number))
                               : std::to_chars(buffer, buffer + sizeof buffer, number);
    if (ec != std::errc())
        return {};
    return QString::fromLatin1(buffer, end - buffer);
}

QString attributeText(const AttributeValue &value)
{
    if (const auto *s = std::get_if<QString>(&value))
        return *s;
    if (const auto *d = std::get_if<double>(&value))
        return formatNumber(*d);
    if (const auto *b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    return std::get<QStringList>(value).join(u"; ");
}

QString redundancyText(const std::map<QString, int> &redundancy)
{
    QStringList parts;
    for (const auto &[group, k] : redundancy)
        parts.append(group + u'=' + QString::number(k));
    return parts.join(u"; ");
}

/// The node columns that are not attributes; an attribute with one of these names is exported
/// as "attribute.NAME" so that it does not shadow the node's own field.
bool isReservedColumn(const QString &key)
{
    static const QStringList reserved{QStringLiteral("id"),          QStringLiteral("kind"),     QStringLiteral("name"),
                                      QStringLiteral("criticality"), QStringLiteral("mtd_hours"), QStringLiteral("failure_probability"),
                                      QStringLiteral("redundancy")};
    return reserved.contains(key);
}

QString attributeColumn(const QString &key) { return isReservedColumn(key) ? QStringLiteral("attribute.") + key : key; }

/// Every attribute key used by any node, in key order, with the GraphML type its values share.
struct AttributeColumn {
    QString key;
    QString type; ///< "string", "double" or "boolean"
};

std::vector<AttributeColumn> attributeColumns(const Model &model)
{
    std::map<QString, std::set<std::size_t>> kinds;
    for (const Node &node : model.nodes)
        for (const auto &[key, value] : node.attributes)
            kinds[key].insert(value.index());
    std::vector<AttributeColumn> columns;
    for (const auto &[key, indices] : kinds) {
        QString type = QStringLiteral("string");
        if (indices.size() == 1 && *indices.begin() == 1)
            type = QStringLiteral("double");
        else if (indices.size() == 1 && *indices.begin() == 2)
            type = QStringLiteral("boolean");
        columns.push_back({key, type});
    }
    return columns;
}

/// Characters XML 1.0 cannot hold (most control characters, lone surrogates) become U+FFFD.
QString xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool ok = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF) || (u >= 0xE000 && u <= 0xFFFD);
        result.append(ok ? c : QChar(0xFFFD));
    }
    return result;
}

void writeKey(QXmlStreamWriter &xml, const QString &id, const QString &domain, const QString &name, const QString &type)
{
    xml.writeStartElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), domain);
    xml.writeAttribute(QStringLiteral("attr.name"), xmlSafe(name));
    xml.writeAttribute(QStringLiteral("attr.type"), type);
    xml.writeEndElement();
}

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    // A CR written as itself would come back as LF (XML end-of-line handling).
    const QStringList pieces = xmlSafe(value).split(u'\r');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(QStringLiteral("#13"));
        xml.writeCharacters(pieces.at(i));
    }
    xml.writeEndElement();
}

QString dotQuoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\\') {
            result.append(u'\\');
            result.append(c);
        } else if (c == u'\n') {
            result.append(u"\\n");
        } else if (c == u'\r') {
            result.append(u"\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else {
            result.append(c);
        }
    }
    result.append(u'"');
    return result;
}

const char *dotStyle(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability:
        return "shape=box, style=\"rounded,filled\", fillcolor=\"#cfe2f3\"";
    case NodeKind::Application:
        return "shape=box, style=filled, fillcolor=\"#d9ead3\"";
    case NodeKind::Supplier:
        return "shape=ellipse, style=filled, fillcolor=\"#fff2cc\"";
    case NodeKind::Host:
        return "shape=box3d, style=filled, fillcolor=\"#eeeeee\"";
    case NodeKind::Jurisdiction:
        return "shape=octagon, style=filled, fillcolor=\"#f4cccc\"";
    }
    return "shape=box";
}

/// One CSV table under construction: cells are quoted as RFC 4180 asks, rows end in CRLF.
class CsvBuilder
{
public:
    CsvBuilder() { m_out = QByteArrayLiteral("\xEF\xBB\xBF"); }

    void text(const QString &value) { raw(csvTextCell(value)); }
    void number(std::optional<double> value) { raw(value ? formatNumber(*value) : QString()); }
    void endRow()
    {
        m_out += "\r\n";
        m_first = true;
    }
    void header(std::initializer_list<const char *> names)
    {
        for (const char *name : names)
            text(QString::fromLatin1(name));
    }
    QByteArray take() { return std::move(m_out); }

private:
    void raw(const QString &cell)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        const QByteArray bytes = cell.toUtf8();
        if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
            m_out += '"';
            m_out += QByteArray(bytes).replace('"', "\"\"");
            m_out += '"';
        } else {
            m_out += bytes;
        }
    }

    QByteArray m_out;
    bool m_first = true;
};

bool startsFormula(QChar c) { return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r'; }

} // namespace

QString csvTextCell(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i < text.size() && startsFormula(text.at(i)))
        return u'\'' + text;
    return text;
}

QByteArray toGraphMl(const Model &model)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));

    writeKey(xml, QStringLiteral("g_name"), QStringLiteral("graph"), QStringLiteral("name"), QStringLiteral("string"));
    writeKey(xml, QStringLiteral("g_description"), QStringLiteral("graph"), QStringLiteral("description"), QStringLiteral("string"));
    writeKey(xml, QStringLiteral("n_kind"), QStringLiteral("node"), QStringLiteral("kind"), QStringLiteral("string"));
    writeKey(xml, QStringLiteral("n_name"), QStringLiteral("node"), QStringLiteral("name"), QStringLiteral("string"));
    writeKey(xml, QStringLiteral("n_criticality"), QStringLiteral("node"), QStringLiteral("criticality"), QStringLiteral("int"));
    writeKey(xml, QStringLiteral("n_mtd_hours"), QStringLiteral("node"), QStringLiteral("mtd_hours"), QStringLiteral("double"));
    writeKey(xml, QStringLiteral("n_failure_probability"), QStringLiteral("node"), QStringLiteral("failure_probability"),
             QStringLiteral("double"));
    writeKey(xml, QStringLiteral("n_redundancy"), QStringLiteral("node"), QStringLiteral("redundancy"), QStringLiteral("string"));
    const std::vector<AttributeColumn> columns = attributeColumns(model);
    std::map<QString, QString> keyIds;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const QString id = QStringLiteral("n_a%1").arg(i);
        keyIds[columns[i].key] = id;
        writeKey(xml, id, QStringLiteral("node"), attributeColumn(columns[i].key), columns[i].type);
    }
    writeKey(xml, QStringLiteral("e_kind"), QStringLiteral("edge"), QStringLiteral("kind"), QStringLiteral("string"));
    writeKey(xml, QStringLiteral("e_group"), QStringLiteral("edge"), QStringLiteral("group"), QStringLiteral("string"));
    writeKey(xml, QStringLiteral("e_switch_months"), QStringLiteral("edge"), QStringLiteral("switch_months"), QStringLiteral("double"));
    writeKey(xml, QStringLiteral("e_switch_cost"), QStringLiteral("edge"), QStringLiteral("switch_cost"), QStringLiteral("double"));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    writeData(xml, QStringLiteral("g_name"), model.name);
    if (model.description)
        writeData(xml, QStringLiteral("g_description"), *model.description);
    for (const Node &node : model.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(node.id));
        writeData(xml, QStringLiteral("n_kind"), toString(node.kind));
        writeData(xml, QStringLiteral("n_name"), node.name);
        if (node.criticality)
            writeData(xml, QStringLiteral("n_criticality"), QString::number(*node.criticality));
        if (node.mtdHours)
            writeData(xml, QStringLiteral("n_mtd_hours"), formatNumber(*node.mtdHours));
        if (node.failureProbability)
            writeData(xml, QStringLiteral("n_failure_probability"), formatNumber(*node.failureProbability));
        if (!node.redundancy.empty())
            writeData(xml, QStringLiteral("n_redundancy"), redundancyText(node.redundancy));
        for (const auto &[key, value] : node.attributes)
            writeData(xml, keyIds[key], attributeText(value));
        xml.writeEndElement();
    }
    for (std::size_t i = 0; i < model.edges.size(); ++i) {
        const Edge &edge = model.edges[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(edge.from));
        xml.writeAttribute(QStringLiteral("target"), xmlSafe(edge.to));
        writeData(xml, QStringLiteral("e_kind"), toString(edge.kind));
        if (!edge.group.isEmpty())
            writeData(xml, QStringLiteral("e_group"), edge.group);
        if (edge.switchMonths)
            writeData(xml, QStringLiteral("e_switch_months"), formatNumber(*edge.switchMonths));
        if (edge.switchCost)
            writeData(xml, QStringLiteral("e_switch_cost"), formatNumber(*edge.switchCost));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

QByteArray toDot(const Model &model)
{
    QString out = QStringLiteral("digraph ") + dotQuoted(model.name) + QStringLiteral(" {\n  rankdir=LR;\n")
                  + QStringLiteral("  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (const Node &node : model.nodes) {
        out += QStringLiteral("  ") + dotQuoted(node.id) + QStringLiteral(" [label=") + dotQuoted(node.name)
               + QStringLiteral(", ") + QLatin1String(dotStyle(node.kind)) + QStringLiteral("];\n");
    }
    for (const Edge &edge : model.edges) {
        QString label = toString(edge.kind);
        if (!edge.group.isEmpty())
            label += QStringLiteral(" [") + edge.group + u']';
        out += QStringLiteral("  ") + dotQuoted(edge.from) + QStringLiteral(" -> ") + dotQuoted(edge.to)
               + QStringLiteral(" [label=") + dotQuoted(label)
               + (edge.kind == EdgeKind::AlternativeFor ? QStringLiteral(", style=dashed") : QString()) + QStringLiteral("];\n");
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

QByteArray nodesCsv(const Model &model)
{
    const std::vector<AttributeColumn> columns = attributeColumns(model);
    CsvBuilder csv;
    csv.header({"id", "kind", "name", "criticality", "mtd_hours", "failure_probability", "redundancy"});
    for (const AttributeColumn &column : columns)
        csv.text(attributeColumn(column.key));
    csv.endRow();
    for (const Node &node : model.nodes) {
        csv.text(node.id);
        csv.text(toString(node.kind));
        csv.text(node.name);
        csv.number(node.criticality ? std::optional<double>(*node.criticality) : std::nullopt);
        csv.number(node.mtdHours);
        csv.number(node.failureProbability);
        csv.text(redundancyText(node.redundancy));
        for (const AttributeColumn &column : columns) {
            const auto it = node.attributes.find(column.key);
            if (it == node.attributes.end())
                csv.text({});
            else if (const auto *d = std::get_if<double>(&it->second))
                csv.number(*d);
            else
                csv.text(attributeText(it->second));
        }
        csv.endRow();
    }
    return csv.take();
}

QByteArray edgesCsv(const Model &model)
{
    CsvBuilder csv;
    csv.header({"from", "to", "kind", "group", "switch_months", "switch_cost"});
    csv.endRow();
    for (const Edge &edge : model.edges) {
        csv.text(edge.from);
        csv.text(edge.to);
        csv.text(toString(edge.kind));
        csv.text(edge.group);
        csv.number(edge.switchMonths);
        csv.number(edge.switchCost);
        csv.endRow();
    }
    return csv.take();
}

QByteArray scenariosCsv(const Model &model)
{
    CsvBuilder csv;
    csv.header({"scenario_id", "scenario_name", "event", "node", "factor", "parent", "month"});
    csv.endRow();
    for (const Scenario &scenario : model.scenarios) {
        auto start = [&] {
            csv.text(scenario.id);
            csv.text(scenario.name);
        };
        if (scenario.events.empty()) {
            start();
            csv.header({"", "", "", "", ""});
            csv.endRow();
        }
        for (const Event &event : scenario.events) {
            start();
            csv.text(toString(event.type));
            csv.text(event.node);
            csv.number(event.type == Event::Type::Price ? std::optional<double>(event.factor) : std::nullopt);
            csv.text(event.type == Event::Type::Acquire ? event.parent : QString());
            csv.number(event.month);
            csv.endRow();
        }
    }
    return csv.take();
}

QByteArray optionsCsv(const Model &model)
{
    CsvBuilder csv;
    csv.header({"option_id", "option_name", "change", "node", "kind", "name", "from", "to", "group"});
    csv.endRow();
    for (const Option &option : model.options) {
        auto row = [&](const char *change, const QString &node, const QString &kind, const QString &name, const QString &from,
                       const QString &to, const QString &group) {
            csv.text(option.id);
            csv.text(option.name);
            csv.text(QString::fromLatin1(change));
            for (const QString *cell : {&node, &kind, &name, &from, &to, &group})
                csv.text(*cell);
            csv.endRow();
        };
        const QString none;
        if (option.removeNodes.isEmpty() && option.addNodes.empty() && option.removeEdges.empty() && option.addEdges.empty())
            row("", none, none, none, none, none, none);
        for (const QString &id : option.removeNodes)
            row("remove_node", id, none, none, none, none, none);
        for (const Node &node : option.addNodes)
            row("add_node", node.id, toString(node.kind), node.name, none, none, none);
        for (const EdgeKey &key : option.removeEdges)
            row("remove_edge", none, toString(key.kind), none, key.from, key.to, none);
        for (const Edge &edge : option.addEdges)
            row("add_edge", none, toString(edge.kind), none, edge.from, edge.to, edge.group);
    }
    return csv.take();
}

std::vector<CsvTable> toCsvTables(const Model &model)
{
    std::vector<CsvTable> tables;
    tables.push_back({QStringLiteral("nodes"), nodesCsv(model)});
    tables.push_back({QStringLiteral("edges"), edgesCsv(model)});
    tables.push_back({QStringLiteral("scenarios"), scenariosCsv(model)});
    tables.push_back({QStringLiteral("options"), optionsCsv(model)});
    return tables;
}

QString csvTablePath(const QString &path, const QString &table)
{
    if (table == u"nodes")
        return path;
    const QString base = path.endsWith(u".csv", Qt::CaseInsensitive) ? path.chopped(4) : path;
    return base + u'.' + table + QStringLiteral(".csv");
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    if (name.compare(u"graphml", Qt::CaseInsensitive) == 0)
        return ExportFormat::GraphMl;
    if (name.compare(u"dot", Qt::CaseInsensitive) == 0 || name.compare(u"gv", Qt::CaseInsensitive) == 0)
        return ExportFormat::Dot;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    return std::nullopt;
}

QStringList exportFilePaths(const QString &path, ExportFormat format)
{
    if (format != ExportFormat::Csv)
        return {path};
    return {csvTablePath(path, QStringLiteral("nodes")), csvTablePath(path, QStringLiteral("edges")),
            csvTablePath(path, QStringLiteral("scenarios")), csvTablePath(path, QStringLiteral("options"))};
}

QString saveExport(const Model &model, const QString &path, ExportFormat format)
{
    std::vector<std::pair<QString, QByteArray>> files;
    switch (format) {
    case ExportFormat::GraphMl:
        files.emplace_back(path, toGraphMl(model));
        break;
    case ExportFormat::Dot:
        files.emplace_back(path, toDot(model));
        break;
    case ExportFormat::Csv:
        for (CsvTable &table : toCsvTables(model))
            files.emplace_back(csvTablePath(path, table.name), std::move(table.data));
        break;
    }
    // Uncommitted QSaveFiles discard their temporary file when destroyed: on any failure
    // before the commits nothing appears.
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &[name, data] : files) {
        auto file = std::make_unique<QSaveFile>(name);
        if (!file->open(QIODevice::WriteOnly) || file->write(data) != data.size())
            return name + QStringLiteral(": ") + file->errorString();
        saves.push_back(std::move(file));
    }
    for (const auto &file : saves) {
        if (!file->commit())
            return file->fileName() + QStringLiteral(": ") + file->errorString();
    }
    return {};
}

} // namespace antrum
