// SPDX-License-Identifier: GPL-3.0-or-later
#include "archimate.h"

#include "modelbuilders.h"
#include "modelfile.h"
#include "randommodel.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>

#include <gtest/gtest.h>

#include <map>

using namespace antrum;
using namespace antrum::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::map<NodeKind, int> nodeCounts(const Model &model)
{
    std::map<NodeKind, int> counts;
    for (const Node &n : model.nodes)
        ++counts[n.kind];
    return counts;
}

std::map<EdgeKind, int> edgeCounts(const Model &model)
{
    std::map<EdgeKind, int> counts;
    for (const Edge &e : model.edges)
        ++counts[e.kind];
    return counts;
}

int countContaining(const QStringList &lines, const QString &needle)
{
    return int(std::count_if(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(needle); }));
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out.join(u'\n');
}

const Edge *findEdge(const Model &model, const QString &from, const QString &to, EdgeKind kind)
{
    for (const Edge &e : model.edges) {
        if (e.from == from && e.to == to && e.kind == kind)
            return &e;
    }
    return nullptr;
}

/// A 3.x document with the given elements and relationships (XML fragments).
QByteArray document3(const QString &elements, const QString &relationships = {}, const QString &extra = {})
{
    return (QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
  <name xml:lang="en">Test</name>
  <elements>)") + elements + QStringLiteral("</elements><relationships>") + relationships
            + QStringLiteral("</relationships>") + extra + QStringLiteral("</model>"))
        .toUtf8();
}

QString element(const QString &id, const QString &type, const QString &name = {})
{
    return QStringLiteral(R"(<element identifier="%1" xsi:type="%2"><name>%3</name></element>)")
        .arg(id, type, name.isEmpty() ? id + QStringLiteral(" name") : name);
}

QString relationship(const QString &id, const QString &source, const QString &target, const QString &type)
{
    return QStringLiteral(R"(<relationship identifier="%1" source="%2" target="%3" xsi:type="%4"/>)")
        .arg(id, source, target, type);
}

ArchiMateImport importOk(const QByteArray &xml)
{
    ArchiMateImport result = readArchiMate(xml, QStringLiteral("test.xml"));
    EXPECT_TRUE(result.errors.empty()) << joined(result.errors).toStdString();
    EXPECT_TRUE(result.model.has_value());
    if (result.model) {
        const Diagnostics problems = validateModel(*result.model);
        EXPECT_TRUE(problems.empty()) << joined(problems).toStdString();
    }
    return result;
}

void expectRefused(const QByteArray &xml, const QString &messagePart, int minLine = 1)
{
    const ArchiMateImport result = readArchiMate(xml, QStringLiteral("bad.xml"));
    EXPECT_FALSE(result.model.has_value());
    ASSERT_FALSE(result.errors.empty());
    const Diagnostic &d = result.errors.front();
    EXPECT_EQ(d.file, QStringLiteral("bad.xml"));
    EXPECT_GE(d.line, minLine) << d.toString().toStdString();
    EXPECT_TRUE(d.message.contains(messagePart, Qt::CaseInsensitive)) << d.toString().toStdString();
}

/// What the mapping keeps of a model: all of it but alternative_for edges, scenarios,
/// options, home jurisdictions and extensions.
Model keptByArchiMate(const Model &model)
{
    Model kept;
    kept.name = model.name;
    kept.description = model.description;
    if (kept.description && kept.description->isEmpty())
        kept.description.reset();
    kept.nodes = model.nodes;
    for (const Edge &e : model.edges) {
        if (e.kind != EdgeKind::AlternativeFor)
            kept.edges.push_back(e);
    }
    return kept;
}

} // namespace

// --- the fixtures written by Archi --------------------------------------------------------

TEST(ArchiMateImport, Sample1)
{
    const ArchiMateImport result = importOk(readFile(fixturePath(QStringLiteral("archimate/Sample1.xml"))));
    ASSERT_TRUE(result.model);
    const Model &model = *result.model;
    EXPECT_EQ(model.name, QStringLiteral("Test"));
    // Two elements: a BusinessRole (no Antrum kind) and a BusinessProcess (capability).
    ASSERT_EQ(model.nodes.size(), 1u);
    EXPECT_EQ(model.nodes[0].id, QStringLiteral("id-89c22226"));
    EXPECT_EQ(model.nodes[0].kind, NodeKind::Capability);
    EXPECT_EQ(model.nodes[0].name, QStringLiteral("Sell Product"));
    EXPECT_TRUE(model.edges.empty());
    // The role and its assignment are reported, each with a reason.
    ASSERT_EQ(result.unmapped.size(), 2) << result.unmapped.join(u'\n').toStdString();
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("element id-37d5bc4b (BusinessRole \"Sales Person\")")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("has no Antrum kind")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("relationship id-52b86b7b (Assignment")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("its source id-37d5bc4b (BusinessRole) is not mapped")), 1);
}

TEST(ArchiMateImport, Archisurance)
{
    const ArchiMateImport result = importOk(readFile(fixturePath(QStringLiteral("archimate/archisurance.xml"))));
    ASSERT_TRUE(result.model);
    const Model &model = *result.model;
    EXPECT_EQ(model.name, QStringLiteral("Archisurance"));
    EXPECT_EQ(model.description, QStringLiteral("An example of a fictional Insurance company."));

    // Counted with grep in the <elements> section: 9 BusinessProcess + 6 BusinessService +
    // 6 BusinessFunction; 10 ApplicationComponent + 3 ApplicationService; 17 BusinessActor;
    // 5 TechnologyService + 5 Device + 4 SystemSoftware + 4 Node; no Location.
    const std::map<NodeKind, int> nodes = nodeCounts(model);
    const std::map<NodeKind, int> expectedNodes{{NodeKind::Capability, 21}, {NodeKind::Application, 13},
                                                {NodeKind::Supplier, 17}, {NodeKind::Host, 18}};
    EXPECT_EQ(nodes, expectedNodes);

    // Of 179 relationships: 30 become requires (Serving and Realization between the
    // functional layers, 2 Composition between application components), 6 hosted_on
    // (technology serving applications); none are duplicates.
    const std::map<EdgeKind, int> edges = edgeCounts(model);
    const std::map<EdgeKind, int> expectedEdges{{EdgeKind::Requires, 30}, {EdgeKind::HostedOn, 6}};
    EXPECT_EQ(edges, expectedEdges);

    // 122 elements - 69 nodes; 179 relationships - 36 edges.
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("has no Antrum kind")), 53);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral(") is not mapped")), 99);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("a Flow relationship states no dependency")), 22);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("a Triggering relationship states no dependency")), 5);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("a Realization relationship from a host to a host has no Antrum edge kind")), 5);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("an association between a supplier and a supplier")), 12);
    EXPECT_EQ(result.unmapped.size(), 53 + 143) << result.unmapped.join(u'\n').toStdString();

    // Spot checks against the file.
    const Node *crm = model.findNode(QStringLiteral("id-1393"));
    ASSERT_NE(crm, nullptr);
    EXPECT_EQ(crm->kind, NodeKind::Application);
    EXPECT_EQ(crm->name, QStringLiteral("CRM System"));
    const Node *archisurance = model.findNode(QStringLiteral("id-275"));
    ASSERT_NE(archisurance, nullptr);
    EXPECT_EQ(archisurance->kind, NodeKind::Supplier);
    const Attributes expectedAttributes{{QStringLiteral("Property1"), QStringLiteral("Another Value of Property 1")},
                                        {QStringLiteral("Property2"), QStringLiteral("Another Value of Property 2")},
                                        {QStringLiteral("Property3"), QStringLiteral("Value of Property 3")}};
    EXPECT_EQ(archisurance->attributes, expectedAttributes);
    // Views and organizations are not imported, which a note says.
    EXPECT_EQ(countContaining(result.notes, QStringLiteral("views")), 1) << result.notes.join(u'\n').toStdString();
}

TEST(ArchiMateImport, ArchisuranceEdgesPointTheRightWay)
{
    const ArchiMateImport result = importOk(readFile(fixturePath(QStringLiteral("archimate/archisurance.xml"))));
    ASSERT_TRUE(result.model);
    for (const Edge &e : result.model->edges) {
        const Node *from = result.model->findNode(e.from);
        const Node *to = result.model->findNode(e.to);
        ASSERT_TRUE(from && to);
        EXPECT_TRUE(edgeAllowed(e.kind, from->kind, to->kind));
        if (e.kind == EdgeKind::HostedOn) {
            EXPECT_EQ(from->kind, NodeKind::Application);
        }
    }
}

// --- the mapping, relationship by relationship ---------------------------------------------

struct MappingCase {
    const char *sourceType;
    const char *relationshipType;
    const char *targetType;
    std::optional<EdgeKind> kind; ///< nullopt: reported as unmapped
    bool fromSource = false;      ///< the edge starts at the relationship's source
};

class ArchiMateMapping : public testing::TestWithParam<MappingCase> {};

TEST_P(ArchiMateMapping, Relationship)
{
    const MappingCase &c = GetParam();
    const QString sourceType = QString::fromLatin1(c.sourceType);
    const QString targetType = QString::fromLatin1(c.targetType);
    const ArchiMateImport result =
        importOk(document3(element(QStringLiteral("s"), sourceType) + element(QStringLiteral("t"), targetType),
                           relationship(QStringLiteral("r"), QStringLiteral("s"), QStringLiteral("t"),
                                        QString::fromLatin1(c.relationshipType))));
    ASSERT_TRUE(result.model);
    ASSERT_EQ(result.model->nodes.size(), 2u);
    if (!c.kind) {
        EXPECT_TRUE(result.model->edges.empty());
        ASSERT_EQ(result.unmapped.size(), 1);
        EXPECT_TRUE(result.unmapped.front().startsWith(QStringLiteral("relationship r ("))) << result.unmapped.front().toStdString();
        return;
    }
    EXPECT_TRUE(result.unmapped.isEmpty()) << result.unmapped.join(u'\n').toStdString();
    ASSERT_EQ(result.model->edges.size(), 1u);
    const Edge &e = result.model->edges.front();
    EXPECT_EQ(e.kind, *c.kind);
    EXPECT_EQ(e.from, c.fromSource ? QStringLiteral("s") : QStringLiteral("t"));
    EXPECT_EQ(e.to, c.fromSource ? QStringLiteral("t") : QStringLiteral("s"));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ArchiMateMapping,
    testing::Values(
        // "A serves B": B depends on A.
        MappingCase{"ApplicationComponent", "Serving", "BusinessProcess", EdgeKind::Requires},
        MappingCase{"BusinessService", "Serving", "Capability", EdgeKind::Requires},
        MappingCase{"Node", "Serving", "ApplicationComponent", EdgeKind::HostedOn},
        MappingCase{"BusinessActor", "Serving", "ApplicationComponent", EdgeKind::ProvidedBy},
        MappingCase{"BusinessActor", "Serving", "Device", EdgeKind::OperatedBy},
        MappingCase{"BusinessActor", "Serving", "BusinessActor", EdgeKind::SubcontractsTo},
        MappingCase{"ApplicationComponent", "Serving", "Node", std::nullopt},
        // "A realises B": B needs A.
        MappingCase{"ApplicationComponent", "Realization", "BusinessService", EdgeKind::Requires},
        MappingCase{"ApplicationComponent", "Realization", "ApplicationService", EdgeKind::Requires},
        MappingCase{"Node", "Realization", "TechnologyService", std::nullopt},
        // "A is assigned to B": B is delivered or run by A.
        MappingCase{"BusinessActor", "Assignment", "ApplicationComponent", EdgeKind::ProvidedBy},
        MappingCase{"BusinessActor", "Assignment", "Node", EdgeKind::OperatedBy},
        MappingCase{"BusinessActor", "Assignment", "BusinessProcess", std::nullopt},
        // Ownership and place.
        MappingCase{"BusinessActor", "Aggregation", "BusinessActor", EdgeKind::SubsidiaryOf},
        MappingCase{"BusinessActor", "Composition", "BusinessActor", EdgeKind::SubsidiaryOf},
        MappingCase{"Location", "Aggregation", "BusinessActor", EdgeKind::IncorporatedIn},
        MappingCase{"Location", "Composition", "Facility", EdgeKind::LocatedIn},
        MappingCase{"Device", "Aggregation", "Location", EdgeKind::LocatedIn, true},
        MappingCase{"Location", "Aggregation", "ApplicationComponent", std::nullopt},
        // Wholes and parts of the functional layers.
        MappingCase{"ApplicationComponent", "Composition", "ApplicationComponent", EdgeKind::Requires, true},
        MappingCase{"BusinessFunction", "Composition", "BusinessProcess", EdgeKind::Requires, true},
        MappingCase{"ApplicationComponent", "Aggregation", "ApplicationComponent", std::nullopt},
        MappingCase{"Node", "Composition", "Device", std::nullopt},
        // Association: only where one direction alone fits.
        MappingCase{"ApplicationComponent", "Association", "BusinessActor", EdgeKind::ProvidedBy, true},
        MappingCase{"BusinessActor", "Association", "ApplicationComponent", EdgeKind::ProvidedBy},
        MappingCase{"ApplicationInterface", "Association", "SystemSoftware", EdgeKind::HostedOn, true},
        MappingCase{"Location", "Association", "Node", EdgeKind::LocatedIn},
        MappingCase{"BusinessActor", "Association", "Location", EdgeKind::IncorporatedIn, true},
        MappingCase{"BusinessActor", "Association", "BusinessActor", std::nullopt},
        MappingCase{"Capability", "Association", "ApplicationComponent", std::nullopt},
        // Behaviour states no dependency.
        MappingCase{"BusinessProcess", "Flow", "BusinessProcess", std::nullopt},
        MappingCase{"BusinessProcess", "Triggering", "BusinessProcess", std::nullopt},
        MappingCase{"ApplicationComponent", "Access", "ApplicationComponent", std::nullopt},
        MappingCase{"ApplicationComponent", "Specialization", "ApplicationComponent", std::nullopt},
        MappingCase{"ApplicationComponent", "Influence", "ApplicationComponent", std::nullopt}));

TEST(ArchiMateImport, ElementTypes)
{
    const std::vector<std::pair<QString, std::optional<NodeKind>>> types{
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
        {QStringLiteral("Facility"), NodeKind::Host},
        {QStringLiteral("Location"), NodeKind::Jurisdiction},
        {QStringLiteral("BusinessRole"), std::nullopt},
        {QStringLiteral("DataObject"), std::nullopt},
        {QStringLiteral("Artifact"), std::nullopt},
        {QStringLiteral("Goal"), std::nullopt},
        {QStringLiteral("AndJunction"), std::nullopt},
    };
    QString elements;
    for (std::size_t i = 0; i < types.size(); ++i)
        elements += element(QStringLiteral("e%1").arg(i), types[i].first);
    const ArchiMateImport result = importOk(document3(elements));
    ASSERT_TRUE(result.model);
    int unmapped = 0;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const Node *node = result.model->findNode(QStringLiteral("e%1").arg(i));
        if (types[i].second) {
            ASSERT_NE(node, nullptr) << types[i].first.toStdString();
            EXPECT_EQ(node->kind, *types[i].second) << types[i].first.toStdString();
        } else {
            EXPECT_EQ(node, nullptr) << types[i].first.toStdString();
            ++unmapped;
            EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("(%1 ").arg(types[i].first)), 1);
        }
    }
    EXPECT_EQ(result.unmapped.size(), unmapped);
}

TEST(ArchiMateImport, DuplicateEdgesAreMergedAndOwnershipCyclesRefused)
{
    const ArchiMateImport result = importOk(document3(
        element(QStringLiteral("app"), QStringLiteral("ApplicationComponent"))
            + element(QStringLiteral("svc"), QStringLiteral("BusinessService"))
            + element(QStringLiteral("a"), QStringLiteral("BusinessActor"))
            + element(QStringLiteral("b"), QStringLiteral("BusinessActor")),
        relationship(QStringLiteral("r1"), QStringLiteral("app"), QStringLiteral("svc"), QStringLiteral("Serving"))
            + relationship(QStringLiteral("r2"), QStringLiteral("app"), QStringLiteral("svc"), QStringLiteral("Realization"))
            + relationship(QStringLiteral("r3"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("Aggregation"))
            + relationship(QStringLiteral("r4"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("Composition"))
            + relationship(QStringLiteral("r5"), QStringLiteral("r1"), QStringLiteral("svc"), QStringLiteral("Association"))
            + relationship(QStringLiteral("r6"), QStringLiteral("app"), QStringLiteral("nowhere"), QStringLiteral("Serving"))
            + relationship(QStringLiteral("r7"), QStringLiteral("app"), QStringLiteral("app"), QStringLiteral("Composition"))));
    ASSERT_TRUE(result.model);
    ASSERT_EQ(result.model->edges.size(), 2u);
    EXPECT_NE(findEdge(*result.model, QStringLiteral("svc"), QStringLiteral("app"), EdgeKind::Requires), nullptr);
    EXPECT_NE(findEdge(*result.model, QStringLiteral("b"), QStringLiteral("a"), EdgeKind::SubsidiaryOf), nullptr);
    EXPECT_EQ(countContaining(result.notes, QStringLiteral("relationship r2 gives the same requires edge")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("relationship r4 (")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("cycle of ownership")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("its source r1 is a relationship")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("its target nowhere does not exist")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("relationship r7 (")), 1);
    EXPECT_EQ(result.unmapped.size(), 4);
}

TEST(ArchiMateImport, NamesPreferEnglishThenDutch)
{
    const ArchiMateImport result = importOk(document3(
        QStringLiteral(R"(<element identifier="a" xsi:type="BusinessActor"><name xml:lang="de">Anbieter</name><name xml:lang="nl">Leverancier</name><name xml:lang="en">Supplier</name></element>)"
                       R"(<element identifier="b" xsi:type="BusinessActor"><name xml:lang="de">Anbieter</name><name xml:lang="nl-BE">Leverancier</name></element>)"
                       R"(<element identifier="c" xsi:type="BusinessActor"><name xml:lang="de">Anbieter</name><name xml:lang="fr">Fournisseur</name></element>)"
                       R"(<element identifier="d" xsi:type="BusinessActor"/>)")));
    ASSERT_TRUE(result.model);
    EXPECT_EQ(result.model->findNode(QStringLiteral("a"))->name, QStringLiteral("Supplier"));
    EXPECT_EQ(result.model->findNode(QStringLiteral("b"))->name, QStringLiteral("Leverancier"));
    EXPECT_EQ(result.model->findNode(QStringLiteral("c"))->name, QStringLiteral("Anbieter"));
    EXPECT_EQ(result.model->findNode(QStringLiteral("d"))->name, QStringLiteral("d")); // no name: the identifier
    EXPECT_EQ(countContaining(result.notes, QStringLiteral("several languages")), 1);
    EXPECT_EQ(countContaining(result.notes, QStringLiteral("element d has no name")), 1);
}

TEST(ArchiMateImport, PropertiesBecomeAttributes)
{
    const QString defs = QStringLiteral(R"(<propertyDefinitions>
      <propertyDefinition identifier="p-cost" type="number"><name>annual_cost</name></propertyDefinition>
      <propertyDefinition identifier="p-cost2" type="string"><name>notice_months</name></propertyDefinition>
      <propertyDefinition identifier="p-flag" type="boolean"><name>exit_clause</name></propertyDefinition>
      <propertyDefinition identifier="p-lic" type="string"><name>license</name></propertyDefinition>
      <propertyDefinition identifier="p-std" type="string"><name>open_standards</name></propertyDefinition>
      <propertyDefinition identifier="p-owner" type="string"><name>Owner</name></propertyDefinition>
      <propertyDefinition identifier="p-crit" type="number"><name>antrum.criticality</name></propertyDefinition>
    </propertyDefinitions>)");
    const ArchiMateImport result = importOk(document3(
        QStringLiteral(R"(<element identifier="app" xsi:type="ApplicationComponent"><name>Mail</name><properties>
          <property propertyDefinitionRef="p-cost"><value>1200.5</value></property>
          <property propertyDefinitionRef="p-cost2"><value>6</value></property>
          <property propertyDefinitionRef="p-flag"><value>true</value></property>
          <property propertyDefinitionRef="p-lic"><value>GPL</value></property>
          <property propertyDefinitionRef="p-std"><value>IMAP</value></property>
          <property propertyDefinitionRef="p-owner"><value xml:lang="en">IT</value></property>
          <property propertyDefinitionRef="p-crit"><value>9</value></property>
          <property propertyDefinitionRef="p-missing"><value>x</value></property>
        </properties></element>
        <element identifier="loc" xsi:type="Location"><name>nl</name></element>
        <element identifier="loc2" xsi:type="Location"><name>Europe</name></element>)"),
        {}, defs));
    ASSERT_TRUE(result.model);
    const Node *app = result.model->findNode(QStringLiteral("app"));
    ASSERT_NE(app, nullptr);
    const Attributes expected{{QStringLiteral("annual_cost"), 1200.5},
                              {QStringLiteral("notice_months"), 6.0},
                              {QStringLiteral("exit_clause"), true},
                              {QStringLiteral("open_standards"), QStringList{QStringLiteral("IMAP")}},
                              {QStringLiteral("Owner"), QStringLiteral("IT")}};
    EXPECT_EQ(app->attributes, expected);
    EXPECT_FALSE(app->criticality.has_value());
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("license dropped")), 1) << result.unmapped.join(u'\n').toStdString();
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("antrum.criticality has the unusable value \"9\"")), 1);
    EXPECT_EQ(countContaining(result.unmapped, QStringLiteral("unknown definition \"p-missing\"")), 1);
    EXPECT_EQ(result.unmapped.size(), 3);
    // A Location named by a two-letter code is that country; another is a jurisdiction of its own.
    EXPECT_EQ(result.model->findNode(QStringLiteral("loc"))->attributes,
              (Attributes{{QStringLiteral("country"), QStringLiteral("NL")}}));
    EXPECT_TRUE(result.model->findNode(QStringLiteral("loc2"))->attributes.empty());
}

TEST(ArchiMateImport, IdentifiersAreSanitised)
{
    const QString longId = QString(250, u'x');
    const ArchiMateImport result = importOk(document3(
        QStringLiteral(R"(<element identifier="a&#9;b" xsi:type="Node"><name>Tab</name></element>)"
                       R"(<element identifier="a_b" xsi:type="Node"><name>Underscore</name></element>)")
        + element(longId, QStringLiteral("Node"), QStringLiteral("Long"))));
    ASSERT_TRUE(result.model);
    ASSERT_EQ(result.model->nodes.size(), 3u);
    EXPECT_EQ(result.model->nodes[0].id, QStringLiteral("a_b"));
    EXPECT_EQ(result.model->nodes[1].id, QStringLiteral("a_b-2"));
    EXPECT_EQ(result.model->nodes[2].id, QString(200, u'x'));
}

TEST(ArchiMateImport, Namespace21)
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m21">
  <name>Old model</name>
  <elements>
    <element identifier="cap" xsi:type="BusinessService"><label xml:lang="en">Pay benefits</label></element>
    <element identifier="app" xsi:type="ApplicationComponent"><label>Benefits app</label>
      <properties><property identifierref="pd1"><value>50000</value></property></properties></element>
    <element identifier="infra" xsi:type="InfrastructureService"><label>Hosting</label></element>
    <element identifier="vendor" xsi:type="BusinessActor"><label>Vendor BV</label></element>
    <element identifier="nl" xsi:type="Location"><label>NL</label></element>
    <element identifier="j" xsi:type="Junction"/>
  </elements>
  <relationships>
    <relationship identifier="r1" source="app" target="cap" xsi:type="UsedByRelationship"/>
    <relationship identifier="r2" source="infra" target="app" xsi:type="UsedByRelationship"/>
    <relationship identifier="r3" source="vendor" target="app" xsi:type="AssignmentRelationship"/>
    <relationship identifier="r4" source="nl" target="vendor" xsi:type="AggregationRelationship"/>
    <relationship identifier="r5" source="app" target="cap" xsi:type="RealisationRelationship"/>
    <relationship identifier="r6" source="app" target="j" xsi:type="FlowRelationship"/>
  </relationships>
  <propertydefs>
    <propertydef identifier="pd1" name="annual_cost" type="number"/>
  </propertydefs>
</model>)";
    const ArchiMateImport result = importOk(xml);
    ASSERT_TRUE(result.model);
    const Model &model = *result.model;
    EXPECT_EQ(model.name, QStringLiteral("Old model"));
    const std::map<NodeKind, int> expectedNodes{{NodeKind::Capability, 1}, {NodeKind::Application, 1},
                                                {NodeKind::Supplier, 1}, {NodeKind::Host, 1},
                                                {NodeKind::Jurisdiction, 1}};
    EXPECT_EQ(nodeCounts(model), expectedNodes);
    EXPECT_EQ(model.findNode(QStringLiteral("app"))->name, QStringLiteral("Benefits app"));
    EXPECT_EQ(model.findNode(QStringLiteral("app"))->attributes,
              (Attributes{{QStringLiteral("annual_cost"), 50000.0}}));
    ASSERT_EQ(model.edges.size(), 4u);
    EXPECT_NE(findEdge(model, QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires), nullptr);
    EXPECT_NE(findEdge(model, QStringLiteral("app"), QStringLiteral("infra"), EdgeKind::HostedOn), nullptr);
    EXPECT_NE(findEdge(model, QStringLiteral("app"), QStringLiteral("vendor"), EdgeKind::ProvidedBy), nullptr);
    EXPECT_NE(findEdge(model, QStringLiteral("vendor"), QStringLiteral("nl"), EdgeKind::IncorporatedIn), nullptr);
    EXPECT_EQ(countContaining(result.notes, QStringLiteral("relationship r5 gives the same")), 1);
    // The junction and the flow into it.
    EXPECT_EQ(result.unmapped.size(), 2) << result.unmapped.join(u'\n').toStdString();
}

// --- refused input ------------------------------------------------------------------------

TEST(ArchiMateImport, RefusesDtd)
{
    expectRefused(QByteArrayLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE model>\n"
                                    "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"m\"><elements/></model>"),
                  QStringLiteral("document type declaration"));
}

TEST(ArchiMateImport, RefusesEntityExpansion)
{
    const QByteArray laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n"
        " <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        "]>\n"
        "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">"
        "<name>&lol3;</name><elements><element identifier=\"a\" xsi:type=\"BusinessActor\"><name>&lol3;</name></element></elements></model>";
    expectRefused(laughs, QStringLiteral("document type declaration"));
}

TEST(ArchiMateImport, RefusesExternalEntities)
{
    const QByteArray external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE model [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
        "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">"
        "<elements><element identifier=\"a\" xsi:type=\"BusinessActor\"><name>&secret;</name></element></elements></model>";
    const ArchiMateImport result = readArchiMate(external, QStringLiteral("bad.xml"));
    EXPECT_FALSE(result.model.has_value());
    ASSERT_FALSE(result.errors.empty());
    EXPECT_TRUE(result.errors.front().message.contains(QStringLiteral("DTD")));
    EXPECT_FALSE(joined(result.errors).contains(QStringLiteral("root:")));
}

TEST(ArchiMateImport, RefusesUndeclaredEntity)
{
    expectRefused(document3(QStringLiteral(R"(<element identifier="a" xsi:type="BusinessActor"><name>&unknown;</name></element>)")),
                  QStringLiteral("XML"), 4);
}

TEST(ArchiMateImport, RefusesGarbage)
{
    expectRefused(QByteArrayLiteral("this is not XML at all"), QStringLiteral("XML"));
    expectRefused(QByteArray(), QStringLiteral("XML"), 0);
    expectRefused(QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0"), QStringLiteral("XML"));
}

TEST(ArchiMateImport, RefusesTruncatedXml)
{
    const QByteArray full = readFile(fixturePath(QStringLiteral("archimate/archisurance.xml")));
    ASSERT_GT(full.size(), 1000);
    const QByteArray half = full.left(full.size() / 2);
    const int lines = int(half.count('\n'));
    expectRefused(half, QStringLiteral("truncated"), lines);
}

TEST(ArchiMateImport, RefusesWrongRoot)
{
    expectRefused(QByteArrayLiteral("<?xml version=\"1.0\"?>\n<antrum/>"), QStringLiteral("not an ArchiMate exchange file"), 2);
    expectRefused(QByteArrayLiteral("<model identifier=\"m\"><elements/></model>"), QStringLiteral("not an ArchiMate exchange file"));
    expectRefused(QByteArrayLiteral("<archimate:model xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"x\"/>"),
                  QStringLiteral("not an ArchiMate exchange file"));
}

TEST(ArchiMateImport, RefusesBrokenItemsWithTheirLines)
{
    const ArchiMateImport result = readArchiMate(
        document3(QStringLiteral("\n<element xsi:type=\"BusinessActor\"><name>No id</name></element>\n")
                      + element(QStringLiteral("a"), QStringLiteral("BusinessActor")) + u'\n'
                      + element(QStringLiteral("a"), QStringLiteral("Node")) + u'\n'
                      + QStringLiteral("<element identifier=\"b\"/>"),
                  QStringLiteral("<relationship identifier=\"r\" source=\"a\" xsi:type=\"Serving\"/>")),
        QStringLiteral("broken.xml"));
    EXPECT_FALSE(result.model.has_value());
    ASSERT_EQ(result.errors.size(), 4u) << joined(result.errors).toStdString();
    EXPECT_EQ(result.errors[0].line, 5);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("no identifier")));
    EXPECT_EQ(result.errors[1].line, 7);
    EXPECT_TRUE(result.errors[1].message.contains(QStringLiteral("used twice (first on line 6)")));
    EXPECT_EQ(result.errors[2].line, 8);
    EXPECT_TRUE(result.errors[2].message.contains(QStringLiteral("no xsi:type")));
    EXPECT_TRUE(result.errors[3].message.contains(QStringLiteral("lacks a source or a target")));
}

TEST(ArchiMateImport, RefusesInputBeyondLimits)
{
    const QByteArray xml = readFile(fixturePath(QStringLiteral("archimate/archisurance.xml")));
    ArchiMateLimits small;
    small.maxBytes = 1000;
    ArchiMateImport result = readArchiMate(xml, QStringLiteral("big.xml"), small);
    EXPECT_FALSE(result.model);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_TRUE(result.errors.front().message.contains(QStringLiteral("at most 1000")));

    ArchiMateLimits few;
    few.maxItems = 100;
    result = readArchiMate(xml, QStringLiteral("big.xml"), few);
    EXPECT_FALSE(result.model);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_TRUE(result.errors.front().message.contains(QStringLiteral("more than 100")));
    EXPECT_GT(result.errors.front().line, 1);
}

// --- export and round trips ---------------------------------------------------------------

TEST(ArchiMateExport, WritesTheExchangeFormat)
{
    Model model;
    model.name = QStringLiteral("Export <test> & co");
    model.nodes = {makeNode(QStringLiteral("cap"), NodeKind::Capability), makeNode(QStringLiteral("app"), NodeKind::Application),
                   makeNode(QStringLiteral("alt"), NodeKind::Application), makeNode(QStringLiteral("sup"), NodeKind::Supplier),
                   makeNode(QStringLiteral("NL"), NodeKind::Jurisdiction)};
    model.edges = {makeEdge(QStringLiteral("cap"), QStringLiteral("app"), EdgeKind::Requires),
                   makeEdge(QStringLiteral("app"), QStringLiteral("sup"), EdgeKind::ProvidedBy),
                   makeEdge(QStringLiteral("sup"), QStringLiteral("NL"), EdgeKind::IncorporatedIn),
                   makeEdge(QStringLiteral("alt"), QStringLiteral("app"), EdgeKind::AlternativeFor)};
    const QByteArray xml = writeArchiMate(model);
    const QString text = QString::fromUtf8(xml);
    EXPECT_TRUE(text.contains(QStringLiteral("xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("identifier=\"app\" xsi:type=\"ApplicationComponent\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("identifier=\"cap\" xsi:type=\"Capability\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("identifier=\"sup\" xsi:type=\"BusinessActor\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("identifier=\"NL\" xsi:type=\"Location\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("source=\"app\" target=\"cap\" xsi:type=\"Realization\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("source=\"sup\" target=\"app\" xsi:type=\"Serving\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("source=\"NL\" target=\"sup\" xsi:type=\"Aggregation\"")));
    EXPECT_EQ(text.count(QStringLiteral("<relationship ")), 3); // alternative_for is lost
    EXPECT_FALSE(text.contains(QStringLiteral("<views")));
    EXPECT_TRUE(text.contains(QStringLiteral("Export &lt;test&gt; &amp; co")));

    const ArchiMateImport back = importOk(xml);
    ASSERT_TRUE(back.model);
    EXPECT_EQ(back.model->name, model.name);
    EXPECT_EQ(back.model->nodes, model.nodes);
    model.edges.pop_back();
    EXPECT_EQ(back.model->edges, model.edges);
}

TEST(ArchiMateExport, RoundTripKeepsIdsThatAreNoXmlIds)
{
    Model model;
    model.name = QStringLiteral("Ids");
    model.nodes = {makeNode(QStringLiteral("1 first"), NodeKind::Application), makeNode(QStringLiteral("id-1_first"), NodeKind::Application),
                   makeNode(QStringLiteral("ü:host"), NodeKind::Host), makeNode(QStringLiteral("rel-1"), NodeKind::Supplier)};
    model.nodes[0].attributes[QStringLiteral("tags")] = QStringList();
    model.nodes[0].attributes[QStringLiteral("laws")] = QStringList{QStringLiteral("one")};
    model.nodes[2].name = QStringLiteral("bell\x07 and tab\t");
    model.edges = {makeEdge(QStringLiteral("1 first"), QStringLiteral("ü:host"), EdgeKind::HostedOn),
                   makeEdge(QStringLiteral("1 first"), QStringLiteral("rel-1"), EdgeKind::ProvidedBy)};
    const ArchiMateImport back = importOk(writeArchiMate(model));
    ASSERT_TRUE(back.model);
    model.nodes[2].name = QStringLiteral("bell\uFFFD and tab\t"); // XML cannot carry U+0007
    EXPECT_EQ(back.model->nodes, model.nodes);
    EXPECT_EQ(back.model->edges, model.edges);
    EXPECT_TRUE(back.unmapped.isEmpty()) << back.unmapped.join(u'\n').toStdString();
}

TEST(ArchiMateExport, RoundTripOfTheSample)
{
    const ModelFileResult loaded = loadModelFile(samplePath(QStringLiteral("lindewaard.json")));
    ASSERT_TRUE(loaded.model) << joined(loaded.diagnostics).toStdString();
    const ArchiMateImport back = importOk(writeArchiMate(*loaded.model));
    ASSERT_TRUE(back.model);
    const Model expected = keptByArchiMate(*loaded.model);
    EXPECT_EQ(back.model->name, expected.name);
    EXPECT_EQ(back.model->description, expected.description);
    ASSERT_EQ(back.model->nodes.size(), expected.nodes.size());
    for (std::size_t i = 0; i < expected.nodes.size(); ++i)
        EXPECT_EQ(back.model->nodes[i], expected.nodes[i]) << expected.nodes[i].id.toStdString();
    EXPECT_EQ(back.model->edges, expected.edges);
    EXPECT_LT(back.model->edges.size(), loaded.model->edges.size()); // the sample has alternative_for edges
    EXPECT_TRUE(back.unmapped.isEmpty()) << back.unmapped.join(u'\n').toStdString();
}

TEST(ArchiMateExport, RoundTripOfRandomModels)
{
    for (unsigned seed = 1; seed <= 60; ++seed) {
        RandomModelGenerator generator(seed);
        RandomModelOptions options;
        options.nodes = 10 + int(seed % 30);
        options.edges = 2 * options.nodes;
        const Model model = generator.generate(options);
        ASSERT_TRUE(validateModel(model).empty());
        const ArchiMateImport back = readArchiMate(writeArchiMate(model), QStringLiteral("random.xml"));
        ASSERT_TRUE(back.model) << "seed " << seed << ": " << joined(back.errors).toStdString();
        EXPECT_TRUE(validateModel(*back.model).empty()) << "seed " << seed;
        const Model expected = keptByArchiMate(model);
        EXPECT_EQ(back.model->nodes, expected.nodes) << "seed " << seed;
        EXPECT_EQ(back.model->edges, expected.edges) << "seed " << seed;
        EXPECT_TRUE(back.unmapped.isEmpty()) << "seed " << seed << ": " << back.unmapped.join(u'\n').toStdString();
    }
}
