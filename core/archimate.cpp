// SPDX-License-Identifier: GPL-3.0-or-later
// The mapping is documented in docs/archimate.md; keep the two in step.
#include "archimate.h"

#include "validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace antrum {

namespace {

/// The translation context of import messages.
struct ArchiMate {
    Q_DECLARE_TR_FUNCTIONS(ArchiMate)
};

const QString Namespace3 = QStringLiteral("http://www.opengroup.org/xsd/archimate/3.0/");
const QString Namespace21 = QStringLiteral("http://www.opengroup.org/xsd/archimate");
const QString XsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString XmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

/// Properties with these names carry Antrum's own node and edge fields.
const QString AntrumPrefix = QStringLiteral("antrum.");
const QString ListSuffix = QStringLiteral("[]");

// --- the mapping -------------------------------------------------------------------------

std::optional<NodeKind> elementKind(const QString &type)
{
    static const QHash<QString, NodeKind> kinds{
        {QStringLiteral("Capability"), NodeKind::Capability},
        {QStringLiteral("BusinessService"), NodeKind::Capability},
        {QStringLiteral("BusinessFunction"), NodeKind::Capability},
        {QStringLiteral("BusinessProcess"), NodeKind::Capability},
        {QStringLiteral("ApplicationComponent"), NodeKind::Application},
        {QStringLiteral("ApplicationCollaboration"), NodeKind::Application},
        {QStringLiteral("ApplicationInterface"), NodeKind::Application},
        {QStringLiteral("ApplicationService"), NodeKind::Application},
        {QStringLiteral("BusinessActor"), NodeKind::Supplier},
        {QStringLiteral("Node"), NodeKind::Host},
        {QStringLiteral("Device"), NodeKind::Host},
        {QStringLiteral("SystemSoftware"), NodeKind::Host},
        {QStringLiteral("TechnologyService"), NodeKind::Host},
        {QStringLiteral("InfrastructureService"), NodeKind::Host}, // 2.1 name of TechnologyService
        {QStringLiteral("Facility"), NodeKind::Host},
        {QStringLiteral("Location"), NodeKind::Jurisdiction},
    };
    const auto it = kinds.find(type);
    return it == kinds.end() ? std::nullopt : std::optional<NodeKind>(*it);
}

QString exportedElementType(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Capability:
        return QStringLiteral("Capability");
    case NodeKind::Application:
        return QStringLiteral("ApplicationComponent");
    case NodeKind::Supplier:
        return QStringLiteral("BusinessActor");
    case NodeKind::Host:
        return QStringLiteral("Node");
    case NodeKind::Jurisdiction:
        return QStringLiteral("Location");
    }
    return {};
}

/// The 3.x name of a relationship type; 2.1 spells "UsedByRelationship", "RealisationRelationship".
QString normalisedRelationshipType(QString type)
{
    static const QString suffix = QStringLiteral("Relationship");
    if (type.endsWith(suffix) && type.size() > suffix.size())
        type.chop(suffix.size());
    if (type == u"UsedBy")
        return QStringLiteral("Serving");
    if (type == u"Realisation")
        return QStringLiteral("Realization");
    if (type == u"Specialisation")
        return QStringLiteral("Specialization");
    return type;
}

/// The one dependency kind the model format allows from `from` to `to` (subcontracts_to
/// between suppliers; subsidiary_of comes from composition and aggregation only).
std::optional<EdgeKind> dependencyKind(NodeKind from, NodeKind to)
{
    for (const EdgeKind kind : {EdgeKind::Requires, EdgeKind::ProvidedBy, EdgeKind::HostedOn, EdgeKind::OperatedBy,
                                EdgeKind::SubcontractsTo, EdgeKind::IncorporatedIn, EdgeKind::LocatedIn}) {
        if (edgeAllowed(kind, from, to))
            return kind;
    }
    return std::nullopt;
}

/// An edge chosen for a relationship: `fromSource` says whether the edge starts at the
/// relationship's source.
struct EdgeChoice {
    bool fromSource = false;
    EdgeKind kind = EdgeKind::Requires;
};

/// The dependency in whichever single direction the kind table allows, or none when both or
/// neither direction fit (an undirected relationship then says too little).
std::optional<EdgeChoice> oneWayDependency(NodeKind source, NodeKind target)
{
    const std::optional<EdgeKind> forward = dependencyKind(source, target);
    const std::optional<EdgeKind> backward = dependencyKind(target, source);
    if (forward && !backward)
        return EdgeChoice{true, *forward};
    if (backward && !forward)
        return EdgeChoice{false, *backward};
    return std::nullopt;
}

bool isFunctional(NodeKind kind) { return kind == NodeKind::Capability || kind == NodeKind::Application; }

/// The edge a relationship of `type` from a `source` to a `target` element becomes, or the
/// reason it becomes none.
std::variant<EdgeChoice, QString> mapRelationship(const QString &type, NodeKind source, NodeKind target)
{
    const QString noEdge = ArchiMate::tr("a %1 relationship from a %2 to a %3 has no Antrum edge kind")
                               .arg(type, toString(source), toString(target));
    if (type == u"Serving" || type == u"Realization" || type == u"Assignment") {
        // The target needs (is served by, is realised by, is performed by) the source.
        if (const std::optional<EdgeKind> kind = dependencyKind(target, source))
            return EdgeChoice{false, *kind};
        return noEdge;
    }
    if (type == u"Composition" || type == u"Aggregation") {
        if (source == NodeKind::Jurisdiction || target == NodeKind::Jurisdiction) {
            if (const std::optional<EdgeChoice> choice = oneWayDependency(source, target))
                return *choice;
            return noEdge;
        }
        if (source == NodeKind::Supplier && target == NodeKind::Supplier)
            return EdgeChoice{false, EdgeKind::SubsidiaryOf};
        if (type == u"Composition" && isFunctional(source) && isFunctional(target))
            return EdgeChoice{true, EdgeKind::Requires};
        if (type == u"Aggregation" && isFunctional(source) && isFunctional(target))
            return ArchiMate::tr("an aggregation does not say that the whole needs its parts");
        return noEdge;
    }
    if (type == u"Association") {
        if (const std::optional<EdgeChoice> choice = oneWayDependency(source, target))
            return *choice;
        return ArchiMate::tr("an association between a %1 and a %2 does not say which depends on which")
            .arg(toString(source), toString(target));
    }
    static const QSet<QString> behavioural{QStringLiteral("Access"), QStringLiteral("Influence"),
                                          QStringLiteral("Triggering"), QStringLiteral("Flow"),
                                          QStringLiteral("Specialization")};
    if (behavioural.contains(type))
        return ArchiMate::tr("a %1 relationship states no dependency").arg(type);
    return ArchiMate::tr("unknown relationship type %1").arg(type);
}

// --- small text helpers ------------------------------------------------------------------

struct LangText {
    QString lang;
    QString text;
};

/// English if present, else Dutch, else the first: Antrum's interface languages.
QString pickLanguage(const std::vector<LangText> &texts)
{
    for (const QString &wanted : {QStringLiteral("en"), QStringLiteral("nl")}) {
        for (const LangText &t : texts) {
            if (t.lang.compare(wanted, Qt::CaseInsensitive) == 0
                || t.lang.startsWith(wanted + u'-', Qt::CaseInsensitive))
                return t.text;
        }
    }
    return texts.empty() ? QString() : texts.front().text;
}

/// The first `max` code points of `text`.
QString truncated(const QString &text, qsizetype max)
{
    qsizetype points = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate())
            continue;
        if (points == max)
            return text.left(i);
        ++points;
    }
    return text;
}

QString sanitisedId(const QString &id)
{
    QString out;
    out.reserve(id.size());
    for (const QChar c : id)
        out += (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)) ? u'_' : c;
    return truncated(out, 200);
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

std::optional<bool> boolean(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// --- reading -----------------------------------------------------------------------------

struct RawProperty {
    QString ref;
    QString value;
};

struct RawItem {
    QString id;
    QString type;
    QString name;
    QString source; ///< relationships only
    QString target; ///< relationships only
    std::vector<RawProperty> properties;
    qint64 line = 0;
    qint64 column = 0;
};

struct PropertyDefinition {
    QString name;
    QString type;
};

class Reader {
public:
    Reader(const QByteArray &xml, const QString &fileName, const ArchiMateLimits &limits)
        : m_xml(xml), m_file(fileName), m_limits(limits)
    {
        m_xml.setNamespaceProcessing(true);
    }

    ArchiMateImport read()
    {
        if (!readProlog() || !checkRoot())
            return finish();
        readModel();
        if (!m_stopped) {
            // Nothing may follow the root but comments and processing instructions.
            while (!m_xml.atEnd() && !m_stopped)
                nextToken();
        }
        if (!m_stopped && m_xml.hasError())
            xmlError();
        if (m_result.errors.empty())
            build();
        return finish();
    }

private:
    void error(qint64 line, qint64 column, const QString &message)
    {
        m_result.errors.push_back(Diagnostic{m_file, int(line), int(column), QString(), message});
    }
    void errorHere(const QString &message) { error(m_xml.lineNumber(), m_xml.columnNumber(), message); }

    void stop(const QString &message)
    {
        if (!m_stopped)
            errorHere(message);
        m_stopped = true;
    }

    void xmlError()
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_namespace.isEmpty())
            stop(ArchiMate::tr("this is not an XML document: no element found (%1)").arg(m_xml.errorString()));
        else if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            stop(ArchiMate::tr("the XML ends too early (truncated file?): %1").arg(m_xml.errorString()));
        else
            stop(ArchiMate::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    }

    /// The next token, refusing anything that could pull in or expand entities.
    QXmlStreamReader::TokenType nextToken()
    {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD)
            stop(ArchiMate::tr("the file has a document type declaration (DTD); it is refused because its entities "
                               "could expand without bound or read other files, and exchange files need none"));
        else if (token == QXmlStreamReader::EntityReference)
            stop(ArchiMate::tr("the file refers to the entity \"%1\"; entities are refused").arg(m_xml.name()));
        else if (token == QXmlStreamReader::Invalid)
            xmlError();
        return token;
    }

    bool readProlog()
    {
        while (!m_stopped) {
            const QXmlStreamReader::TokenType token = nextToken();
            if (token == QXmlStreamReader::StartElement)
                return true;
            if (token == QXmlStreamReader::EndDocument || m_xml.atEnd()) {
                if (!m_stopped)
                    stop(ArchiMate::tr("the file holds no XML element"));
                return false;
            }
        }
        return false;
    }

    bool checkRoot()
    {
        const QStringView ns = m_xml.namespaceUri();
        if (m_xml.name() == u"model" && (ns == Namespace3 || ns == Namespace21)) {
            m_namespace = ns.toString();
            return true;
        }
        stop(ArchiMate::tr("this is not an ArchiMate exchange file: the root element is {%1}%2, expected \"model\" in "
                           "the namespace %3 (ArchiMate 3.x) or %4 (2.1)")
                 .arg(ns, m_xml.name(), Namespace3, Namespace21));
        return false;
    }

    /// Reads child start elements of the current element; false at its end or on an error.
    bool nextChild()
    {
        while (!m_stopped) {
            const QXmlStreamReader::TokenType token = nextToken();
            if (token == QXmlStreamReader::StartElement)
                return true;
            if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::EndDocument || m_xml.atEnd())
                return false;
        }
        return false;
    }

    void skip()
    {
        int depth = 1;
        while (depth > 0 && !m_stopped) {
            const QXmlStreamReader::TokenType token = nextToken();
            if (token == QXmlStreamReader::StartElement)
                ++depth;
            else if (token == QXmlStreamReader::EndElement)
                --depth;
            else if (token == QXmlStreamReader::EndDocument || m_xml.atEnd())
                return;
        }
    }

    bool ours() const { return m_xml.namespaceUri() == m_namespace; }

    QString text()
    {
        QString out;
        int depth = 1;
        while (depth > 0 && !m_stopped) {
            const QXmlStreamReader::TokenType token = nextToken();
            if (token == QXmlStreamReader::Characters)
                out += m_xml.text();
            else if (token == QXmlStreamReader::StartElement)
                ++depth;
            else if (token == QXmlStreamReader::EndElement)
                --depth;
            else if (token == QXmlStreamReader::EndDocument || m_xml.atEnd())
                break;
        }
        return out;
    }

    LangText langText()
    {
        LangText t;
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.name() == u"lang" && (a.namespaceUri() == XmlNamespace || a.prefix() == u"xml"))
                t.lang = a.value().toString();
        }
        if (!t.lang.isEmpty())
            m_languages.insert(t.lang.toLower());
        t.text = text();
        return t;
    }

    QString attribute(QLatin1StringView name) const { return m_xml.attributes().value(name).toString(); }

    QString xsiType() const
    {
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.name() == u"type" && a.namespaceUri() == XsiNamespace) {
                const QStringView value = a.value();
                const qsizetype colon = value.lastIndexOf(u':');
                return (colon < 0 ? value : value.mid(colon + 1)).toString();
            }
        }
        return {};
    }

    bool count()
    {
        if (++m_items > m_limits.maxItems) {
            stop(ArchiMate::tr("the file has more than %1 elements, relationships and properties").arg(m_limits.maxItems));
            return false;
        }
        return true;
    }

    void readModel()
    {
        std::vector<LangText> names;
        std::vector<LangText> documentation;
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (!ours()) {
                skip();
            } else if (name == u"name") {
                names.push_back(langText());
            } else if (name == u"documentation") {
                documentation.push_back(langText());
            } else if (name == u"elements") {
                readItems(false);
            } else if (name == u"relationships") {
                readItems(true);
            } else if (name == u"propertyDefinitions" || name == u"propertydefs") {
                readDefinitions();
            } else {
                const QString what = name.toString();
                if (what != u"metadata")
                    m_ignored.insert(what);
                skip();
            }
        }
        m_modelName = pickLanguage(names);
        m_description = pickLanguage(documentation);
    }

    void readItems(bool relationships)
    {
        const QString wanted = relationships ? QStringLiteral("relationship") : QStringLiteral("element");
        while (nextChild()) {
            if (!ours() || m_xml.name() != wanted) {
                skip();
                continue;
            }
            if (!count())
                return;
            RawItem item;
            item.line = m_xml.lineNumber();
            item.column = m_xml.columnNumber();
            item.id = attribute(QLatin1StringView("identifier"));
            item.type = xsiType();
            if (relationships) {
                item.type = normalisedRelationshipType(item.type);
                item.source = attribute(QLatin1StringView("source"));
                item.target = attribute(QLatin1StringView("target"));
            }
            std::vector<LangText> names;
            while (nextChild()) {
                const QStringView name = m_xml.name();
                if (ours() && (name == u"name" || name == u"label"))
                    names.push_back(langText());
                else if (ours() && name == u"properties")
                    readProperties(item.properties);
                else
                    skip();
            }
            if (m_stopped)
                return;
            item.name = pickLanguage(names);
            const QString what = relationships ? ArchiMate::tr("a relationship") : ArchiMate::tr("an element");
            if (item.id.isEmpty()) {
                error(item.line, item.column, ArchiMate::tr("%1 has no identifier").arg(what));
                continue;
            }
            if (item.type.isEmpty()) {
                error(item.line, item.column, ArchiMate::tr("%1 \"%2\" has no xsi:type").arg(what, item.id));
                continue;
            }
            if (relationships && (item.source.isEmpty() || item.target.isEmpty())) {
                error(item.line, item.column, ArchiMate::tr("relationship \"%1\" lacks a source or a target").arg(item.id));
                continue;
            }
            if (const auto seen = m_lines.constFind(item.id); seen != m_lines.cend()) {
                error(item.line, item.column,
                      ArchiMate::tr("identifier \"%1\" is used twice (first on line %2)").arg(item.id).arg(*seen));
                continue;
            }
            m_lines.insert(item.id, item.line);
            (relationships ? m_relationships : m_elements).push_back(std::move(item));
        }
    }

    void readProperties(std::vector<RawProperty> &into)
    {
        while (nextChild()) {
            if (!ours() || m_xml.name() != u"property") {
                skip();
                continue;
            }
            if (!count())
                return;
            RawProperty property;
            property.ref = attribute(QLatin1StringView("propertyDefinitionRef"));
            if (property.ref.isEmpty())
                property.ref = attribute(QLatin1StringView("identifierref"));
            std::vector<LangText> values;
            while (nextChild()) {
                if (ours() && m_xml.name() == u"value")
                    values.push_back(langText());
                else
                    skip();
            }
            property.value = pickLanguage(values);
            into.push_back(std::move(property));
        }
    }

    void readDefinitions()
    {
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (!ours() || (name != u"propertyDefinition" && name != u"propertydef")) {
                skip();
                continue;
            }
            if (!count())
                return;
            const QString id = attribute(QLatin1StringView("identifier"));
            PropertyDefinition definition{attribute(QLatin1StringView("name")), attribute(QLatin1StringView("type"))};
            std::vector<LangText> names;
            while (nextChild()) {
                if (ours() && m_xml.name() == u"name")
                    names.push_back(langText());
                else
                    skip();
            }
            if (!names.empty())
                definition.name = pickLanguage(names);
            if (!id.isEmpty())
                m_definitions.insert(id, definition);
        }
    }

    // --- building the model ----------------------------------------------------------------

    QString describe(const RawItem &item, bool relationship) const
    {
        if (relationship)
            return ArchiMate::tr("relationship %1 (%2 from %3 to %4)").arg(item.id, item.type, item.source, item.target);
        return ArchiMate::tr("element %1 (%2 \"%3\")").arg(item.id, item.type, item.name);
    }

    void unmapped(const QString &what, const QString &reason) { m_result.unmapped << what + QStringLiteral(": ") + reason; }

    struct Value {
        QString type;
        QString text;
    };
    /// A mapped element's or relationship's properties by name, in file order; unresolvable
    /// ones are reported.
    std::map<QString, std::vector<Value>> properties(const RawItem &item, const QString &what)
    {
        std::map<QString, std::vector<Value>> out;
        for (const RawProperty &p : item.properties) {
            const auto definition = m_definitions.constFind(p.ref);
            if (definition == m_definitions.cend()) {
                unmapped(what, ArchiMate::tr("a property refers to the unknown definition \"%1\"").arg(p.ref));
                continue;
            }
            QString key = definition->name.trimmed();
            if (key.isEmpty())
                key = p.ref;
            out[key].push_back(Value{definition->type, p.value});
        }
        return out;
    }

    void addAttributes(Node &node, const std::map<QString, std::vector<Value>> &props, const QString &what)
    {
        static const QSet<QString> numbers{QStringLiteral("annual_cost"), QStringLiteral("notice_months"),
                                           QStringLiteral("data_portability")};
        static const QSet<QString> flags{QStringLiteral("exit_clause"), QStringLiteral("data_return_clause"),
                                         QStringLiteral("eu_member")};
        static const QSet<QString> lists{QStringLiteral("open_standards"), QStringLiteral("laws")};
        for (const auto &[key, values] : props) {
            if (key == QString(AntrumPrefix + QStringLiteral("empty_list"))) {
                for (const Value &v : values)
                    node.attributes[v.text] = QStringList();
                continue;
            }
            if (key.startsWith(AntrumPrefix)) {
                addField(node, key.mid(AntrumPrefix.size()), values.back().text, what);
                continue;
            }
            if (key.endsWith(ListSuffix) && key.size() > ListSuffix.size()) {
                QStringList items;
                for (const Value &v : values)
                    items << v.text;
                node.attributes[key.chopped(ListSuffix.size())] = items;
                continue;
            }
            if (values.size() > 1 || lists.contains(key)) {
                QStringList items;
                for (const Value &v : values)
                    items << v.text;
                node.attributes[key] = items;
                continue;
            }
            const Value &v = values.front();
            const bool numeric = v.type == u"number" || v.type == u"currency" || numbers.contains(key);
            const bool flag = v.type == u"boolean" || flags.contains(key);
            if (const std::optional<double> n = numeric ? number(v.text) : std::nullopt)
                node.attributes[key] = *n;
            else if (const std::optional<bool> b = flag ? boolean(v.text) : std::nullopt)
                node.attributes[key] = *b;
            else
                node.attributes[key] = v.text;
        }
    }

    /// antrum.criticality, antrum.mtd_hours, antrum.failure_probability, antrum.redundancy.GROUP.
    void addField(Node &node, const QString &field, const QString &text, const QString &what)
    {
        const std::optional<double> n = number(text);
        const auto refuse = [&] {
            unmapped(what, ArchiMate::tr("property %1%2 has the unusable value \"%3\"").arg(AntrumPrefix, field, text));
        };
        if (field == u"id")
            return; // used for the node id
        if (field == u"criticality") {
            if (n && *n == std::floor(*n) && *n >= 1 && *n <= 5)
                node.criticality = int(*n);
            else
                refuse();
        } else if (field == u"mtd_hours") {
            if (n && *n >= 0)
                node.mtdHours = *n;
            else
                refuse();
        } else if (field == u"failure_probability") {
            if (n && *n >= 0 && *n <= 1)
                node.failureProbability = *n;
            else
                refuse();
        } else if (field.startsWith(u"redundancy.") && field.size() > 11) {
            if (n && *n == std::floor(*n) && *n >= 1 && *n <= 1e6)
                node.redundancy[field.mid(11)] = int(*n);
            else
                refuse();
        } else {
            unmapped(what, ArchiMate::tr("property %1%2 is not one Antrum knows").arg(AntrumPrefix, field));
        }
    }

    QString uniqueId(const QString &wanted)
    {
        QString id = wanted.isEmpty() ? QStringLiteral("archimate") : wanted;
        for (int n = 2; m_usedIds.contains(id); ++n)
            id = truncated(wanted, 190) + u'-' + QString::number(n);
        m_usedIds.insert(id);
        return id;
    }

    bool closesOwnershipCycle(const Model &model, const QString &from, const QString &to) const
    {
        QStringList stack{to};
        QSet<QString> seen;
        while (!stack.isEmpty()) {
            const QString at = stack.takeLast();
            if (at == from)
                return true;
            if (seen.contains(at))
                continue;
            seen.insert(at);
            for (const Edge &e : model.edges) {
                if (e.kind == EdgeKind::SubsidiaryOf && e.from == at)
                    stack << e.to;
            }
        }
        return false;
    }

    void build()
    {
        Model model;
        model.name = truncated(m_modelName.trimmed(), 1000);
        if (model.name.isEmpty())
            model.name = QFileInfo(m_file).completeBaseName();
        if (model.name.isEmpty())
            model.name = ArchiMate::tr("ArchiMate model");
        if (!m_description.isEmpty())
            model.description = m_description;

        QHash<QString, int> nodeAt; // ArchiMate identifier -> index in model.nodes
        QHash<QString, const RawItem *> elementById;
        std::vector<QString> nodeOrigin;
        for (const RawItem &item : m_elements) {
            elementById.insert(item.id, &item);
            const QString what = describe(item, false);
            const std::optional<NodeKind> kind = elementKind(item.type);
            if (!kind) {
                unmapped(what, ArchiMate::tr("the element type %1 has no Antrum kind").arg(item.type));
                continue;
            }
            const std::map<QString, std::vector<Value>> props = properties(item, what);
            Node node;
            node.kind = *kind;
            QString wantedId = sanitisedId(item.id);
            if (const auto own = props.find(AntrumPrefix + QStringLiteral("id")); own != props.end()) {
                const QString id = sanitisedId(own->second.back().text);
                if (!id.isEmpty())
                    wantedId = id;
            }
            node.id = uniqueId(wantedId);
            if (node.id != item.id)
                m_result.notes << ArchiMate::tr("element %1 became node \"%2\"").arg(item.id, node.id);
            node.name = truncated(item.name, 1000);
            if (node.name.isEmpty()) {
                node.name = item.id;
                m_result.notes << ArchiMate::tr("element %1 has no name; its identifier is used").arg(item.id);
            } else if (node.name.size() != item.name.size()) {
                m_result.notes << ArchiMate::tr("the name of element %1 was cut to 1000 characters").arg(item.id);
            }
            addAttributes(node, props, what);
            static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
            if (node.kind == NodeKind::Jurisdiction && !node.attributes.contains(QStringLiteral("country"))
                && twoLetters.match(node.name.trimmed()).hasMatch())
                node.attributes[QStringLiteral("country")] = node.name.trimmed().toUpper();
            nodeAt.insert(item.id, int(model.nodes.size()));
            nodeOrigin.push_back(what);
            model.nodes.push_back(std::move(node));
        }

        QSet<QString> relationshipIds;
        for (const RawItem &item : m_relationships)
            relationshipIds.insert(item.id);
        std::vector<QString> edgeOrigin;
        QHash<QString, QString> edgeByKey; // "from\nto\nkind" -> relationship id
        for (const RawItem &item : m_relationships) {
            const QString what = describe(item, true);
            const auto endpoint = [&](const QString &id, bool source) -> std::optional<int> {
                if (const auto at = nodeAt.constFind(id); at != nodeAt.cend())
                    return *at;
                const QString end = source ? ArchiMate::tr("source") : ArchiMate::tr("target");
                if (const auto element = elementById.constFind(id); element != elementById.cend())
                    unmapped(what, ArchiMate::tr("its %1 %2 (%3) is not mapped").arg(end, id, (*element)->type));
                else if (relationshipIds.contains(id))
                    unmapped(what, ArchiMate::tr("its %1 %2 is a relationship, which Antrum cannot connect").arg(end, id));
                else
                    unmapped(what, ArchiMate::tr("its %1 %2 does not exist").arg(end, id));
                return std::nullopt;
            };
            const std::optional<int> source = endpoint(item.source, true);
            if (!source)
                continue;
            const std::optional<int> target = endpoint(item.target, false);
            if (!target)
                continue;
            const Node &s = model.nodes[std::size_t(*source)];
            const Node &t = model.nodes[std::size_t(*target)];
            const std::variant<EdgeChoice, QString> mapped = mapRelationship(item.type, s.kind, t.kind);
            if (const QString *reason = std::get_if<QString>(&mapped)) {
                unmapped(what, *reason);
                continue;
            }
            const EdgeChoice choice = std::get<EdgeChoice>(mapped);
            Edge edge;
            edge.kind = choice.kind;
            edge.from = choice.fromSource ? s.id : t.id;
            edge.to = choice.fromSource ? t.id : s.id;
            if (edge.from == edge.to) {
                unmapped(what, ArchiMate::tr("its source and target are the same"));
                continue;
            }
            const QString key = edge.from + u'\n' + edge.to + u'\n' + toString(edge.kind);
            if (const auto first = edgeByKey.constFind(key); first != edgeByKey.cend()) {
                m_result.notes << ArchiMate::tr("relationship %1 gives the same %2 edge from \"%3\" to \"%4\" as %5; merged")
                                      .arg(item.id, toString(edge.kind), edge.from, edge.to, *first);
                continue;
            }
            if (edge.kind == EdgeKind::SubsidiaryOf && closesOwnershipCycle(model, edge.from, edge.to)) {
                unmapped(what, ArchiMate::tr("as subsidiary_of it would close a cycle of ownership"));
                continue;
            }
            for (const auto &[name, values] : properties(item, what)) {
                if (name == QString(AntrumPrefix + QStringLiteral("group")))
                    edge.group = values.back().text;
                else
                    unmapped(what, ArchiMate::tr("its property \"%1\" is dropped: Antrum edges carry no properties").arg(name));
            }
            edgeByKey.insert(key, item.id);
            edgeOrigin.push_back(what);
            model.edges.push_back(std::move(edge));
        }

        if (!repair(model, nodeOrigin, edgeOrigin))
            return;
        if (!m_ignored.isEmpty()) {
            QStringList ignored = m_ignored.values();
            ignored.sort();
            m_result.notes << ArchiMate::tr("not imported: %1 (views and organisation have no Antrum counterpart)")
                                  .arg(ignored.join(QStringLiteral(", ")));
        }
        if (m_languages.size() > 1)
            m_result.notes << ArchiMate::tr("texts come in several languages; English is used where present, else Dutch, else the first");
        m_result.model = std::move(model);
    }

    /// Drops what validateModel() still objects to (a property that does not fit a
    /// well-known attribute, a group too small for its k), reporting each; false if
    /// something cannot be dropped.
    bool repair(Model &model, const std::vector<QString> &nodeOrigin, std::vector<QString> &edgeOrigin)
    {
        static const QRegularExpression pathPattern(QStringLiteral(R"(^(nodes|edges)\[(\d+)\](?:\.([a-z_]+)(?:\.(.*))?)?$)"));
        for (int round = 0; round < 4; ++round) {
            const Diagnostics problems = validateModel(model);
            if (problems.empty())
                return true;
            std::set<std::size_t, std::greater<>> dropEdges;
            for (const Diagnostic &d : problems) {
                const QRegularExpressionMatch m = pathPattern.match(d.path);
                const std::size_t i = m.hasMatch() ? m.captured(2).toULongLong() : 0;
                const QString field = m.captured(3);
                const QString rest = m.captured(4);
                if (m.hasMatch() && m.captured(1) == u"nodes" && i < model.nodes.size() && !field.isEmpty()) {
                    Node &node = model.nodes[i];
                    if (field == u"attributes")
                        node.attributes.erase(rest);
                    else if (field == u"redundancy")
                        rest.isEmpty() ? node.redundancy.clear() : void(node.redundancy.erase(rest));
                    else if (field == u"criticality")
                        node.criticality.reset();
                    else if (field == u"mtd_hours")
                        node.mtdHours.reset();
                    else if (field == u"failure_probability")
                        node.failureProbability.reset();
                    else
                        return fail(d);
                    unmapped(nodeOrigin[i], ArchiMate::tr("%1 dropped: %2").arg(field + (rest.isEmpty() ? QString() : u'.' + rest), d.message));
                } else if (m.hasMatch() && m.captured(1) == u"edges" && i < model.edges.size()) {
                    if (field == u"group") {
                        model.edges[i].group.clear();
                        unmapped(edgeOrigin[i], ArchiMate::tr("group dropped: %1").arg(d.message));
                    } else {
                        dropEdges.insert(i);
                        unmapped(edgeOrigin[i], d.message);
                    }
                } else {
                    return fail(d);
                }
            }
            for (const std::size_t i : dropEdges) {
                model.edges.erase(model.edges.begin() + std::ptrdiff_t(i));
                edgeOrigin.erase(edgeOrigin.begin() + std::ptrdiff_t(i));
            }
        }
        const Diagnostics problems = validateModel(model);
        return problems.empty() || fail(problems.front());
    }

    bool fail(const Diagnostic &d)
    {
        error(0, 0, ArchiMate::tr("the imported model is not valid: %1").arg(d.toString()));
        return false;
    }

    ArchiMateImport finish() { return std::move(m_result); }

    QXmlStreamReader m_xml;
    QString m_file;
    ArchiMateLimits m_limits;
    ArchiMateImport m_result;
    bool m_stopped = false;
    QString m_namespace;
    qsizetype m_items = 0;
    QString m_modelName;
    QString m_description;
    std::vector<RawItem> m_elements;
    std::vector<RawItem> m_relationships;
    QHash<QString, PropertyDefinition> m_definitions;
    QHash<QString, qint64> m_lines;
    QSet<QString> m_ignored;
    QSet<QString> m_languages;
    QSet<QString> m_usedIds;
};

// --- writing -----------------------------------------------------------------------------

/// XML 1.0 cannot carry most control characters; they become U+FFFD.
QString xmlText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            c = QChar(0xfffd);
    }
    return out;
}

class Writer {
public:
    explicit Writer(const Model &model) : m_model(model) {}

    QByteArray write()
    {
        assignIds();
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(2);
        w.writeStartDocument();
        w.writeDefaultNamespace(Namespace3);
        w.writeNamespace(XsiNamespace, QStringLiteral("xsi"));
        w.writeStartElement(Namespace3, QStringLiteral("model"));
        w.writeAttribute(XsiNamespace, QStringLiteral("schemaLocation"),
                         Namespace3 + QStringLiteral(" http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd"));
        w.writeAttribute(QStringLiteral("identifier"), m_modelId);
        w.writeTextElement(Namespace3, QStringLiteral("name"), xmlText(m_model.name));
        if (m_model.description && !m_model.description->isEmpty())
            w.writeTextElement(Namespace3, QStringLiteral("documentation"), xmlText(*m_model.description));

        w.writeStartElement(Namespace3, QStringLiteral("elements"));
        for (const Node &node : m_model.nodes)
            writeElement(w, node);
        w.writeEndElement();

        w.writeStartElement(Namespace3, QStringLiteral("relationships"));
        for (const Edge &edge : m_model.edges)
            writeRelationship(w, edge);
        w.writeEndElement();

        if (!m_definitions.empty()) {
            w.writeStartElement(Namespace3, QStringLiteral("propertyDefinitions"));
            for (const Definition &d : m_definitionOrder) {
                w.writeStartElement(Namespace3, QStringLiteral("propertyDefinition"));
                w.writeAttribute(QStringLiteral("identifier"), d.id);
                w.writeAttribute(QStringLiteral("type"), d.type);
                w.writeTextElement(Namespace3, QStringLiteral("name"), xmlText(d.name));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        return out;
    }

private:
    struct Property {
        QString name;
        QString type;
        QString value;
    };
    struct Definition {
        QString id;
        QString name;
        QString type;
    };

    static bool isNCName(const QString &id)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9._-]*$"));
        return pattern.match(id).hasMatch();
    }

    QString freshId(const QString &base)
    {
        QString id = base;
        for (int n = 2; m_used.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_used.insert(id);
        return id;
    }

    void assignIds()
    {
        for (const Node &node : m_model.nodes) {
            if (isNCName(node.id) && !m_used.contains(node.id)) {
                m_used.insert(node.id);
                m_ids.insert(node.id, node.id);
            }
        }
        for (const Node &node : m_model.nodes) {
            if (m_ids.contains(node.id))
                continue;
            QString base;
            for (const QChar c : node.id)
                base += (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'.' ? c : u'_';
            m_ids.insert(node.id, freshId(QStringLiteral("id-") + base.left(100)));
        }
        m_modelId = freshId(QStringLiteral("model"));
    }

    static QString formatNumber(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

    void writeProperties(QXmlStreamWriter &w, const std::vector<Property> &properties)
    {
        if (properties.empty())
            return;
        w.writeStartElement(Namespace3, QStringLiteral("properties"));
        for (const Property &p : properties) {
            const auto key = std::make_pair(p.name, p.type);
            auto it = m_definitions.find(key);
            if (it == m_definitions.end()) {
                const QString id = freshId(QStringLiteral("propid-%1").arg(m_definitions.size() + 1));
                it = m_definitions.emplace(key, id).first;
                m_definitionOrder.push_back(Definition{id, p.name, p.type});
            }
            w.writeStartElement(Namespace3, QStringLiteral("property"));
            w.writeAttribute(QStringLiteral("propertyDefinitionRef"), it->second);
            w.writeTextElement(Namespace3, QStringLiteral("value"), xmlText(p.value));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void writeElement(QXmlStreamWriter &w, const Node &node)
    {
        const QString id = m_ids.value(node.id);
        w.writeStartElement(Namespace3, QStringLiteral("element"));
        w.writeAttribute(QStringLiteral("identifier"), id);
        w.writeAttribute(XsiNamespace, QStringLiteral("type"), exportedElementType(node.kind));
        w.writeTextElement(Namespace3, QStringLiteral("name"), xmlText(node.name));

        std::vector<Property> properties;
        const QString number = QStringLiteral("number");
        const QString string = QStringLiteral("string");
        if (id != node.id)
            properties.push_back({AntrumPrefix + QStringLiteral("id"), string, node.id});
        if (node.criticality)
            properties.push_back({AntrumPrefix + QStringLiteral("criticality"), number, QString::number(*node.criticality)});
        if (node.mtdHours)
            properties.push_back({AntrumPrefix + QStringLiteral("mtd_hours"), number, formatNumber(*node.mtdHours)});
        if (node.failureProbability)
            properties.push_back({AntrumPrefix + QStringLiteral("failure_probability"), number, formatNumber(*node.failureProbability)});
        for (const auto &[group, k] : node.redundancy)
            properties.push_back({AntrumPrefix + QStringLiteral("redundancy.") + group, number, QString::number(k)});
        for (const auto &[key, value] : node.attributes) {
            if (const auto *text = std::get_if<QString>(&value))
                properties.push_back({key, string, *text});
            else if (const auto *n = std::get_if<double>(&value))
                properties.push_back({key, number, formatNumber(*n)});
            else if (const auto *b = std::get_if<bool>(&value))
                properties.push_back({key, QStringLiteral("boolean"), *b ? QStringLiteral("true") : QStringLiteral("false")});
            else if (const auto *list = std::get_if<QStringList>(&value)) {
                for (const QString &item : *list)
                    properties.push_back({key + ListSuffix, string, item});
                if (list->isEmpty())
                    properties.push_back({AntrumPrefix + QStringLiteral("empty_list"), string, key});
            }
        }
        writeProperties(w, properties);
        w.writeEndElement();
    }

    void writeRelationship(QXmlStreamWriter &w, const Edge &edge)
    {
        const Node *from = m_model.findNode(edge.from);
        const Node *to = m_model.findNode(edge.to);
        if (!from || !to || !edgeAllowed(edge.kind, from->kind, to->kind))
            return;
        // Every relationship but one reads "source serves target": target depends on source.
        QString type = QStringLiteral("Serving");
        switch (edge.kind) {
        case EdgeKind::Requires:
            if (from->kind == NodeKind::Capability && to->kind == NodeKind::Application)
                type = QStringLiteral("Realization");
            break;
        case EdgeKind::SubsidiaryOf:
        case EdgeKind::IncorporatedIn:
        case EdgeKind::LocatedIn:
            type = QStringLiteral("Aggregation"); // the parent or the location holds the part
            break;
        case EdgeKind::AlternativeFor:
            return; // ArchiMate has no "could replace"
        default:
            break;
        }
        w.writeStartElement(Namespace3, QStringLiteral("relationship"));
        w.writeAttribute(QStringLiteral("identifier"), freshId(QStringLiteral("rel-%1").arg(++m_relationships)));
        w.writeAttribute(QStringLiteral("source"), m_ids.value(edge.to));
        w.writeAttribute(QStringLiteral("target"), m_ids.value(edge.from));
        w.writeAttribute(XsiNamespace, QStringLiteral("type"), type);
        if (!edge.group.isEmpty())
            writeProperties(w, {{AntrumPrefix + QStringLiteral("group"), QStringLiteral("string"), edge.group}});
        w.writeEndElement();
    }

    const Model &m_model;
    QSet<QString> m_used;
    QHash<QString, QString> m_ids; // Antrum id -> xs:ID
    QString m_modelId;
    int m_relationships = 0;
    std::map<std::pair<QString, QString>, QString> m_definitions;
    std::vector<Definition> m_definitionOrder;
};

} // namespace

namespace {

/// The first byte of `xml` that is not valid UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing beyond U+10FFFF), with its line and column, when the file is UTF-8 by
/// its declaration or by default. QXmlStreamReader decodes ahead of where it parses, so it
/// reports bad bytes at the place it had got to (the XML declaration), not where they are.
std::optional<Diagnostic> invalidUtf8(const QByteArray &xml, const QString &fileName)
{
    if (xml.startsWith("\xfe\xff") || xml.startsWith("\xff\xfe"))
        return std::nullopt; // UTF-16
    const QByteArray start = (xml.startsWith("\xef\xbb\xbf") ? xml.mid(3, 64) : xml.left(64)).trimmed();
    if (!start.startsWith('<'))
        return std::nullopt; // not XML at all: the reader says so
    static const QRegularExpression declaration(QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']*)[\"']"));
    const QRegularExpressionMatch declared = declaration.match(QString::fromLatin1(xml.left(512)));
    if (declared.hasMatch() && declared.captured(1).compare(u"utf-8", Qt::CaseInsensitive) != 0
        && declared.captured(1).compare(u"utf8", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const uchar *>(xml.constData());
    const qsizetype size = xml.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar c = bytes[i];
        int length = 0;
        uint minimum = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xc2 && c <= 0xdf)
            length = 2, minimum = 0x80;
        else if (c >= 0xe0 && c <= 0xef)
            length = 3, minimum = 0x800;
        else if (c >= 0xf0 && c <= 0xf4)
            length = 4, minimum = 0x10000;
        bool valid = length > 0 && i + length <= size;
        uint codePoint = length == 1 ? c : length == 2 ? c & 0x1f : length == 3 ? c & 0x0f : c & 0x07;
        for (int k = 1; valid && k < length; ++k) {
            valid = (bytes[i + k] & 0xc0) == 0x80;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3f);
        }
        valid = valid && codePoint >= minimum && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
        if (!valid) {
            const qsizetype lineStart = xml.lastIndexOf('\n', i - 1) + 1; // 0 when on the first line
            int column = 1;
            for (qsizetype k = lineStart; k < i; ++k)
                column += (bytes[k] & 0xc0) != 0x80;
            return Diagnostic{fileName, int(xml.left(i).count('\n')) + 1, column, QString(),
                              ArchiMate::tr("invalid UTF-8 (byte 0x%1 at byte offset %2); save the file as UTF-8")
                                  .arg(uint(c), 2, 16, QLatin1Char('0'))
                                  .arg(i)};
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

ArchiMateImport readArchiMate(const QByteArray &xml, const QString &fileName, const ArchiMateLimits &limits)
{
    if (xml.size() > limits.maxBytes) {
        ArchiMateImport result;
        result.errors.push_back(Diagnostic{fileName, 0, 0, QString(),
                                           ArchiMate::tr("the file is %1 bytes long; at most %2 are accepted")
                                               .arg(xml.size())
                                               .arg(limits.maxBytes)});
        return result;
    }
    if (std::optional<Diagnostic> badByte = invalidUtf8(xml, fileName)) {
        ArchiMateImport result;
        result.errors.push_back(std::move(*badByte));
        return result;
    }
    return Reader(xml, fileName, limits).read();
}

QByteArray writeArchiMate(const Model &model)
{
    return Writer(model).write();
}

} // namespace antrum
