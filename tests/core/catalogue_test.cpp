// SPDX-License-Identifier: GPL-3.0-or-later
// The reference catalogue (core/catalogue.h): integrity of the shipped data, reading hostile
// files, name matching, and enrichment of the bundled sample and of random models.
#include "catalogue.h"
#include "dependencyanalysis.h"
#include "modelbuilders.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "testsupport.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <random>
#include <set>

using namespace antrum;
using antrum::test::makeEdge;
using antrum::test::makeNode;

namespace {

QString catalogueDir() { return test::sourcePath(QStringLiteral("data/catalogue")); }

const Catalogue &shipped()
{
    static const std::shared_ptr<const Catalogue> catalogue = [] {
        const CatalogueLoadResult r = Catalogue::load(catalogueDir());
        for (const Diagnostic &d : r.diagnostics)
            ADD_FAILURE() << d.toString().toStdString();
        return r.catalogue;
    }();
    if (!catalogue)
        throw std::runtime_error("the shipped catalogue does not load");
    return *catalogue;
}

QJsonObject rawFile(const QString &name)
{
    QFile file(catalogueDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

Model sample()
{
    const ModelFileResult r = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    if (!r.model)
        throw std::runtime_error("the sample does not load");
    return *r.model;
}

Node supplier(const QString &id, const QString &name)
{
    Node n = makeNode(id, NodeKind::Supplier);
    n.name = name;
    return n;
}

Node jurisdiction(const QString &id, bool eu, const QStringList &laws = {})
{
    Node n = makeNode(id, NodeKind::Jurisdiction);
    n.attributes[QStringLiteral("country")] = id;
    n.attributes[QStringLiteral("eu_member")] = eu;
    n.attributes[QStringLiteral("laws")] = laws;
    return n;
}

std::vector<const EnrichmentProposal *> ofKind(const std::vector<EnrichmentProposal> &all, EnrichmentProposal::Kind kind)
{
    std::vector<const EnrichmentProposal *> out;
    for (const EnrichmentProposal &p : all) {
        if (p.kind == kind)
            out.push_back(&p);
    }
    return out;
}

const EnrichmentProposal *find(const std::vector<EnrichmentProposal> &all, EnrichmentProposal::Kind kind, const QString &nodeId)
{
    for (const EnrichmentProposal &p : all) {
        if (p.kind == kind && p.nodeId == nodeId)
            return &p;
    }
    return nullptr;
}

/// from -> to of every AddParent proposal's subsidiary_of edges.
std::set<std::pair<QString, QString>> proposedOwnership(const std::vector<EnrichmentProposal> &all)
{
    std::set<std::pair<QString, QString>> out;
    for (const EnrichmentProposal &p : all) {
        if (p.kind != EnrichmentProposal::Kind::AddParent)
            continue;
        for (const Edge &e : p.addEdges) {
            if (e.kind == EdgeKind::SubsidiaryOf)
                out.insert({e.from, e.to});
        }
    }
    return out;
}

bool hasEdge(const Model &m, const QString &from, const QString &to, EdgeKind kind)
{
    return std::any_of(m.edges.begin(), m.edges.end(), [&](const Edge &e) { return e.from == from && e.to == to && e.kind == kind; });
}

/// Independent cycle test on the subsidiary_of edges of a model.
bool hasOwnershipCycle(const Model &m)
{
    std::map<QString, std::vector<QString>> up;
    for (const Edge &e : m.edges) {
        if (e.kind == EdgeKind::SubsidiaryOf)
            up[e.from].push_back(e.to);
    }
    std::map<QString, int> state; // 1 = on the path, 2 = done
    std::function<bool(const QString &)> visit = [&](const QString &v) {
        state[v] = 1;
        for (const QString &w : up[v]) {
            if (state[w] == 1 || (state[w] == 0 && visit(w)))
                return true;
        }
        state[v] = 2;
        return false;
    };
    for (const auto &[v, parents] : up) {
        if (state[v] == 0 && visit(v))
            return true;
    }
    return false;
}

} // namespace

// --- integrity of the shipped catalogue -----------------------------------------------------

TEST(CatalogueIntegrity, ShippedCatalogueLoadsWithoutErrors)
{
    const CatalogueLoadResult r = Catalogue::load(catalogueDir());
    EXPECT_TRUE(r.diagnostics.empty()) << joined(r.diagnostics).toStdString();
    ASSERT_TRUE(r.catalogue);
    EXPECT_FALSE(r.catalogue->asOf().isEmpty());
    EXPECT_EQ(r.catalogue->licence(), QStringLiteral("CC0-1.0"));
}

TEST(CatalogueIntegrity, DefaultDirectoryIsTheSourceTreeCopy)
{
    EXPECT_TRUE(QFile::exists(defaultCatalogueDirectory() + QStringLiteral("/suppliers.json"))) << defaultCatalogueDirectory().toStdString();
}

TEST(CatalogueIntegrity, HoldsAtLeast150SuppliersWithUniqueIds)
{
    const QJsonArray suppliers = rawFile(QStringLiteral("suppliers.json")).value(QStringLiteral("suppliers")).toArray();
    EXPECT_GE(suppliers.size(), 150);
    QSet<QString> ids;
    for (const QJsonValue &v : suppliers) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        EXPECT_FALSE(id.isEmpty());
        EXPECT_FALSE(ids.contains(id)) << "duplicate id " << id.toStdString();
        ids.insert(id);
    }
    EXPECT_EQ(shipped().entries().size(), std::size_t(suppliers.size()));
    std::map<QString, int> perCategory;
    for (const QJsonValue &v : suppliers)
        ++perCategory[v.toObject().value(QStringLiteral("category")).toString()];
    // The groups the issue names are all there.
    for (const char *category : {"us_cloud", "eu_cloud", "nl_supplier", "security", "open_source", "owner"})
        EXPECT_GE(perCategory[QString::fromLatin1(category)], 10) << category;
}

TEST(CatalogueIntegrity, EveryParentExistsAndThereIsNoOwnershipCycle)
{
    const QJsonArray suppliers = rawFile(QStringLiteral("suppliers.json")).value(QStringLiteral("suppliers")).toArray();
    std::map<QString, std::vector<QString>> up;
    for (const QJsonValue &v : suppliers)
        up[v.toObject().value(QStringLiteral("id")).toString()];
    for (const QJsonValue &v : suppliers) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &p : o.value(QStringLiteral("parents")).toArray()) {
            const QString parent = p.toObject().value(QStringLiteral("id")).toString();
            EXPECT_TRUE(up.count(parent)) << o.value(QStringLiteral("id")).toString().toStdString() << " -> " << parent.toStdString();
            up[o.value(QStringLiteral("id")).toString()].push_back(parent);
        }
    }
    // Independent depth-first search with three colours.
    std::map<QString, int> colour;
    std::function<bool(const QString &)> cyclic = [&](const QString &v) {
        colour[v] = 1;
        for (const QString &w : up[v]) {
            if (colour[w] == 1 || (colour[w] == 0 && cyclic(w)))
                return true;
        }
        colour[v] = 2;
        return false;
    };
    for (const auto &[id, parents] : up)
        EXPECT_FALSE(colour[id] == 0 && cyclic(id)) << "cycle through " << id.toStdString();
}

TEST(CatalogueIntegrity, EveryEntryAndLawHasADatedSource)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?$"));
    const QJsonObject suppliersFile = rawFile(QStringLiteral("suppliers.json"));
    const QString asOf = suppliersFile.value(QStringLiteral("as_of")).toString();
    ASSERT_TRUE(date.match(asOf).hasMatch());
    const auto checkSources = [&](const QJsonValue &sources, const std::string &where) {
        ASSERT_TRUE(sources.isArray()) << where;
        EXPECT_GE(sources.toArray().size(), 1) << where;
        for (const QJsonValue &s : sources.toArray()) {
            EXPECT_FALSE(s.toObject().value(QStringLiteral("title")).toString().trimmed().isEmpty()) << where;
            const QString when = s.toObject().value(QStringLiteral("as_of")).toString();
            EXPECT_TRUE(date.match(when).hasMatch()) << where << ": " << when.toStdString();
            EXPECT_LE(when.left(7), asOf) << where << ": a source dated after the catalogue";
        }
    };
    for (const QJsonValue &v : suppliersFile.value(QStringLiteral("suppliers")).toArray())
        checkSources(v.toObject().value(QStringLiteral("sources")), v.toObject().value(QStringLiteral("id")).toString().toStdString());
    for (const QJsonValue &v : rawFile(QStringLiteral("jurisdictions.json")).value(QStringLiteral("jurisdictions")).toArray()) {
        const std::string code = v.toObject().value(QStringLiteral("id")).toString().toStdString();
        checkSources(v.toObject().value(QStringLiteral("sources")), code);
        for (const QJsonValue &law : v.toObject().value(QStringLiteral("laws")).toArray())
            checkSources(law.toObject().value(QStringLiteral("sources")), code + " law");
    }
}

TEST(CatalogueIntegrity, EveryJurisdictionUsedExistsAndForeignOnesStateTheirLaws)
{
    std::map<QString, QJsonObject> jurisdictions;
    for (const QJsonValue &v : rawFile(QStringLiteral("jurisdictions.json")).value(QStringLiteral("jurisdictions")).toArray())
        jurisdictions[v.toObject().value(QStringLiteral("id")).toString()] = v.toObject();
    std::set<QString> used;
    for (const QJsonValue &v : rawFile(QStringLiteral("suppliers.json")).value(QStringLiteral("suppliers")).toArray()) {
        const QString code = v.toObject().value(QStringLiteral("incorporated_in")).toString();
        EXPECT_TRUE(jurisdictions.count(code)) << v.toObject().value(QStringLiteral("id")).toString().toStdString() << ": " << code.toStdString();
        used.insert(code);
    }
    for (const QString &code : used) {
        const QJsonObject j = jurisdictions[code];
        if (j.value(QStringLiteral("eu_member")).toBool())
            continue;
        const bool laws = !j.value(QStringLiteral("laws")).toArray().isEmpty();
        const bool note = !j.value(QStringLiteral("laws_note")).toString().isEmpty();
        EXPECT_TRUE(laws || note) << "foreign jurisdiction " << code.toStdString() << " states neither laws nor why none";
    }
    // The ones whose reach public bodies worry about most carry their laws.
    const auto lawNames = [&](const char *code) {
        QStringList names;
        for (const QJsonValue &l : jurisdictions[QString::fromLatin1(code)].value(QStringLiteral("laws")).toArray())
            names << l.toObject().value(QStringLiteral("name")).toString();
        return names;
    };
    EXPECT_TRUE(lawNames("US").contains(QStringLiteral("CLOUD Act")));
    EXPECT_TRUE(lawNames("US").contains(QStringLiteral("FISA Section 702")));
    EXPECT_FALSE(lawNames("GB").isEmpty());
    EXPECT_FALSE(lawNames("CN").isEmpty());
    EXPECT_FALSE(lawNames("CA").isEmpty());
    for (const char *eu : {"NL", "DE", "FR", "IE", "LU"})
        EXPECT_TRUE(jurisdictions[QString::fromLatin1(eu)].value(QStringLiteral("eu_member")).toBool()) << eu;
}

TEST(CatalogueIntegrity, EveryEntryIsFoundByItsOwnNameAndAliases)
{
    for (const CatalogueEntry &e : shipped().entries()) {
        const QStringList allNames = QStringList(e.aliases) << e.name;
        for (const QString &name : allNames) {
            const std::vector<const CatalogueEntry *> found = shipped().findByName(name);
            ASSERT_EQ(found.size(), 1u) << name.toStdString();
            EXPECT_EQ(found.front()->id, e.id) << name.toStdString();
        }
    }
}

// --- names ------------------------------------------------------------------------------------

TEST(CatalogueNames, NormalisationDropsCaseDiacriticsPunctuationAndLegalForms)
{
    EXPECT_EQ(normaliseCompanyName(u"Microsoft Ireland Operations Limited"), QStringLiteral("microsoft ireland operations"));
    EXPECT_EQ(normaliseCompanyName(u"MICROSOFT IRELAND OPERATIONS LTD."), QStringLiteral("microsoft ireland operations"));
    EXPECT_EQ(normaliseCompanyName(u"DWS Group GmbH & Co. KGaA"), QStringLiteral("dws group"));
    EXPECT_EQ(normaliseCompanyName(u"Koninklijke KPN N.V."), QStringLiteral("koninklijke kpn"));
    EXPECT_EQ(normaliseCompanyName(u"Amazon Web Services EMEA S.à r.l."), QStringLiteral("amazon web services emea"));
    EXPECT_EQ(normaliseCompanyName(u"ESET, spol. s r.o."), QStringLiteral("eset"));
    EXPECT_EQ(normaliseCompanyName(u"América Movil, S.A.B. de C.V."), QStringLiteral("america movil"));
    EXPECT_EQ(normaliseCompanyName(u"Dassault Systèmes SE"), QStringLiteral("dassault systemes"));
    EXPECT_EQ(normaliseCompanyName(u"Straße AG"), QStringLiteral("strasse"));
    EXPECT_EQ(normaliseCompanyName(u"Visma | Raet B.V."), QStringLiteral("visma raet"));
    EXPECT_EQ(normaliseCompanyName(u"Plc"), QStringLiteral("plc")); // never strips everything
    EXPECT_EQ(normaliseCompanyName(u"  "), QString());
}

TEST(CatalogueNames, LookupByNameWithLegalFormVariants)
{
    const Catalogue &c = shipped();
    const auto one = [&](const char16_t *name) {
        const std::vector<const CatalogueEntry *> found = c.findByName(QStringView(name));
        return found.size() == 1 ? found.front()->id : QStringLiteral("<%1 matches>").arg(found.size());
    };
    EXPECT_EQ(one(u"Microsoft Ireland Operations Ltd"), QStringLiteral("microsoft-ireland-operations"));
    EXPECT_EQ(one(u"microsoft ireland operations limited"), QStringLiteral("microsoft-ireland-operations"));
    EXPECT_EQ(one(u"Microsoft Corp"), QStringLiteral("microsoft"));
    EXPECT_EQ(one(u"Broadcom, Inc."), QStringLiteral("broadcom"));
    EXPECT_EQ(one(u"Amazon Web Services EMEA S.à r.l."), QStringLiteral("aws-emea"));
    EXPECT_EQ(one(u"Google Cloud EMEA Ltd."), QStringLiteral("google-cloud-emea"));
    EXPECT_EQ(one(u"Visma | Raet BV"), QStringLiteral("visma-raet"));
    EXPECT_EQ(one(u"VMware, Inc."), QStringLiteral("vmware"));
    EXPECT_EQ(one(u"VMware (by Broadcom)"), QStringLiteral("vmware"));
    EXPECT_EQ(one(u"Dassault Systemes S.E."), QStringLiteral("dassault-systemes"));
    EXPECT_EQ(one(u"OVHcloud (OVH Groupe)"), QStringLiteral("ovhcloud"));
    EXPECT_EQ(one(u"Total Specific Solutions (TSS)"), QStringLiteral("tss"));
    EXPECT_EQ(one(u"Proton A.G."), QStringLiteral("proton"));
    EXPECT_EQ(one(u"SUSE"), QStringLiteral("suse"));
    EXPECT_EQ(one(u"Zaakwijs B.V."), QStringLiteral("<0 matches>"));

    const CatalogueNameMatch weak = c.matchName(u"Gemeentelijke Microsoft-beheerders (Microsoft Corporation)");
    EXPECT_TRUE(weak.entries.empty());
    ASSERT_FALSE(weak.weak.empty());
    EXPECT_EQ(weak.weak.front()->id, QStringLiteral("microsoft"));
}

TEST(CatalogueNames, ChainsUltimateParentsAndTheLawsThatReachAnEntry)
{
    const Catalogue &c = shipped();
    const CatalogueEntry *miol = c.entry(u"microsoft-ireland-operations");
    ASSERT_TRUE(miol);
    EXPECT_EQ(miol->incorporatedIn, QStringLiteral("IE"));
    EXPECT_EQ(c.jurisdictionOf(*miol)->code, QStringLiteral("IE"));
    EXPECT_TRUE(c.jurisdictionOf(*miol)->euMember);
    ASSERT_EQ(c.ultimateParents(*miol).size(), 1u);
    EXPECT_EQ(c.ultimateParents(*miol).front()->id, QStringLiteral("microsoft"));
    QStringList laws;
    for (const LawReach &r : c.lawsReaching(*miol)) {
        laws << r.law->name;
        EXPECT_EQ(r.via->id, QStringLiteral("microsoft")); // Ireland itself adds none
        EXPECT_EQ(r.jurisdiction->code, QStringLiteral("US"));
    }
    EXPECT_TRUE(laws.contains(QStringLiteral("CLOUD Act")));
    EXPECT_TRUE(laws.contains(QStringLiteral("FISA Section 702")));

    const CatalogueEntry *pr = c.entry(u"pinkroccade-lg");
    ASSERT_TRUE(pr);
    QStringList chain;
    for (const CatalogueEntry *e : c.ownershipChain(*pr))
        chain << e->id;
    EXPECT_EQ(chain, (QStringList{QStringLiteral("tss"), QStringLiteral("topicus-com"), QStringLiteral("constellation")}));
    EXPECT_EQ(c.lawsReaching(*pr).front().jurisdiction->code, QStringLiteral("CA"));

    const CatalogueEntry *hetzner = c.entry(u"hetzner");
    ASSERT_TRUE(hetzner);
    EXPECT_TRUE(c.lawsReaching(*hetzner).empty());
    EXPECT_EQ(c.ultimateParents(*hetzner).front(), hetzner);

    EXPECT_EQ(c.jurisdictionByName(u"Verenigde Staten")->code, QStringLiteral("US"));
    EXPECT_EQ(c.jurisdictionByName(u"duitsland")->code, QStringLiteral("DE"));
    EXPECT_TRUE(c.jurisdiction(u"US")->law(u"FISA 702"));
}

TEST(CatalogueNames, SearchRanksPrefixesThenWordsThenSubstrings)
{
    const Catalogue &c = shipped();
    EXPECT_TRUE(searchCatalogue(c, u"", 10).empty());
    EXPECT_TRUE(searchCatalogue(c, u"micro", 0).empty());
    const std::vector<const CatalogueEntry *> micro = searchCatalogue(c, u"micro", 3);
    ASSERT_EQ(micro.size(), 3u);
    for (const CatalogueEntry *e : micro)
        EXPECT_TRUE(e->id.startsWith(QStringLiteral("microsoft"))) << e->id.toStdString();
    EXPECT_EQ(searchCatalogue(c, u"Telekom", 5).front()->id, QStringLiteral("deutsche-telekom")); // exact alias first
    EXPECT_EQ(searchCatalogue(c, u"cloud google", 5).front()->id, QStringLiteral("google-cloud-emea")); // words in any order
    const std::vector<const CatalogueEntry *> sub = searchCatalogue(c, u"xchange", 5);
    ASSERT_FALSE(sub.empty());
    EXPECT_EQ(sub.front()->id, QStringLiteral("open-xchange")); // only a substring
}

// --- hostile and broken catalogue files ----------------------------------------------------

namespace {

const QByteArray goodJurisdictions = R"({
  "format": "antrum-jurisdictions", "version": 1, "as_of": "2025-01", "licence": "CC0-1.0",
  "jurisdictions": [
    {"id": "NL", "name": "Netherlands", "eu_member": true, "laws": [], "sources": [{"title": "EU", "as_of": "2025-01"}]},
    {"id": "US", "name": "United States", "eu_member": false, "sources": [{"title": "EU", "as_of": "2025-01"}],
     "laws": [{"name": "CLOUD Act", "sources": [{"title": "18 U.S.C. 2713", "as_of": "2018-03-23"}]}]}
  ]
})";

QByteArray suppliersWith(const QByteArray &entries)
{
    return QByteArray(R"({"format": "antrum-catalogue", "version": 1, "as_of": "2025-01", "licence": "CC0-1.0", "suppliers": [
)") + entries + "\n]}";
}

CatalogueLoadResult readWith(const QByteArray &entries, const QByteArray &jurisdictions = goodJurisdictions)
{
    return Catalogue::read(suppliersWith(entries), QStringLiteral("s.json"), jurisdictions, QStringLiteral("j.json"));
}

const QByteArray src = R"("sources": [{"title": "KvK", "as_of": "2024-12"}])";

bool hasError(const CatalogueLoadResult &r, const QString &file, int line, const QString &path, const QString &fragment)
{
    for (const Diagnostic &d : r.diagnostics) {
        if (d.file == file && (line == 0 || d.line == line) && d.path == path && d.message.contains(fragment))
            return true;
    }
    return false;
}

} // namespace

TEST(CatalogueFiles, AMinimalCatalogueLoads)
{
    const CatalogueLoadResult r = readWith(R"({"id": "a", "name": "A B.V.", "category": "nl_supplier", "incorporated_in": "NL", )" + src + "}");
    EXPECT_TRUE(r.diagnostics.empty()) << joined(r.diagnostics).toStdString();
    ASSERT_TRUE(r.catalogue);
    EXPECT_EQ(r.catalogue->entries().size(), 1u);
}

TEST(CatalogueFiles, DuplicateIdIsAnErrorAtTheSecondOne)
{
    const CatalogueLoadResult r = readWith(
        R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", )" + src + "},\n" +
        R"({"id": "a", "name": "Other", "category": "owner", "incorporated_in": "NL", )" + src + "}");
    EXPECT_FALSE(r.catalogue);
    EXPECT_TRUE(hasError(r, QStringLiteral("s.json"), 3, QStringLiteral("suppliers[1].id"), QStringLiteral("duplicate id \"a\" (first at line 2)")))
        << joined(r.diagnostics).toStdString();
}

TEST(CatalogueFiles, OwnershipCycleIsAnError)
{
    const CatalogueLoadResult r = readWith(
        R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", "parents": [{"id": "b"}], )" + src + "},\n" +
        R"({"id": "b", "name": "B", "category": "owner", "incorporated_in": "NL", "parents": [{"id": "c"}], )" + src + "},\n" +
        R"({"id": "c", "name": "C", "category": "owner", "incorporated_in": "NL", "parents": [{"id": "a"}], )" + src + "}");
    EXPECT_FALSE(r.catalogue);
    EXPECT_TRUE(hasError(r, QStringLiteral("s.json"), 2, QStringLiteral("suppliers[0].parents"), QStringLiteral("ownership cycle: a -> b -> c -> a")))
        << joined(r.diagnostics).toStdString();
    const CatalogueLoadResult self = readWith(
        R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", "parents": [{"id": "a"}], )" + src + "}");
    EXPECT_TRUE(hasError(self, QStringLiteral("s.json"), 2, QStringLiteral("suppliers[0].parents[0].id"), QStringLiteral("cannot own itself")));
}

TEST(CatalogueFiles, MissingOrUndatedSourceIsAnError)
{
    const CatalogueLoadResult none = readWith(R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL"})");
    EXPECT_TRUE(hasError(none, QStringLiteral("s.json"), 2, QStringLiteral("suppliers[0]"), QStringLiteral("missing required key \"sources\"")))
        << joined(none.diagnostics).toStdString();
    const CatalogueLoadResult empty = readWith(R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", "sources": []})");
    EXPECT_TRUE(hasError(empty, QStringLiteral("s.json"), 0, QStringLiteral("suppliers[0].sources"), QStringLiteral("at least one source")));
    const CatalogueLoadResult undated = readWith(R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", "sources": [{"title": "KvK"}]})");
    EXPECT_TRUE(hasError(undated, QStringLiteral("s.json"), 0, QStringLiteral("suppliers[0].sources[0]"), QStringLiteral("missing required key \"as_of\"")));
    const CatalogueLoadResult badDate = readWith(R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", "sources": [{"title": "KvK", "as_of": "2024-13"}]})");
    EXPECT_TRUE(hasError(badDate, QStringLiteral("s.json"), 0, QStringLiteral("suppliers[0].sources[0].as_of"), QStringLiteral("not a date")));
    const CatalogueLoadResult future = readWith(R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", "sources": [{"title": "KvK", "as_of": "2026-01"}]})");
    EXPECT_TRUE(hasError(future, QStringLiteral("s.json"), 0, QStringLiteral("suppliers[0].sources[0].as_of"), QStringLiteral("after the catalogue's as_of")));
    for (const CatalogueLoadResult *r : {&none, &empty, &undated, &badDate, &future})
        EXPECT_FALSE(r->catalogue);
}

TEST(CatalogueFiles, BadJsonIsAnErrorWithItsPlace)
{
    const CatalogueLoadResult r = Catalogue::read("{\"format\": \"antrum-catalogue\",\n  \"version\": 1,,\n}", QStringLiteral("s.json"),
                                                  goodJurisdictions, QStringLiteral("j.json"));
    EXPECT_FALSE(r.catalogue);
    ASSERT_EQ(r.diagnostics.size(), 1u) << joined(r.diagnostics).toStdString();
    EXPECT_EQ(r.diagnostics[0].file, QStringLiteral("s.json"));
    EXPECT_EQ(r.diagnostics[0].line, 2);
    EXPECT_GT(r.diagnostics[0].column, 0);

    for (const QByteArray &hostile : {QByteArray(), QByteArray("\xff\xfe"), QByteArray(200, '['), QByteArray("null"), QByteArray("[1,2]")}) {
        const CatalogueLoadResult h = Catalogue::read(hostile, QStringLiteral("s.json"), goodJurisdictions, QStringLiteral("j.json"));
        EXPECT_FALSE(h.catalogue);
        EXPECT_FALSE(h.diagnostics.empty());
    }
}

TEST(CatalogueFiles, OtherRuleBreachesAreReportedEachWithItsPath)
{
    const CatalogueLoadResult r = readWith(
        R"({"id": "a", "name": "A", "name": "Twice", "category": "owner", "incorporated_in": "NL", )" + src + "},\n" +
        R"({"id": "b", "name": "B", "category": "cloud", "incorporated_in": "XX", "parents": [{"id": "nobody"}], "colour": 1, )" + src + "},\n" +
        R"({"id": "c", "name": "C GmbH", "aliases": ["a"], "category": "owner", "incorporated_in": "NL", )" + src + "},\n" +
        R"({"id": "Bad Id", "name": "D", "category": "owner", "incorporated_in": "NL", )" + src + "}");
    EXPECT_FALSE(r.catalogue);
    const QString s = QStringLiteral("s.json");
    EXPECT_TRUE(hasError(r, s, 2, QStringLiteral("suppliers[0].name"), QStringLiteral("duplicate key \"name\""))) << joined(r.diagnostics).toStdString();
    EXPECT_TRUE(hasError(r, s, 3, QStringLiteral("suppliers[1].category"), QStringLiteral("unknown category \"cloud\"")));
    EXPECT_TRUE(hasError(r, s, 3, QStringLiteral("suppliers[1].incorporated_in"), QStringLiteral("unknown jurisdiction \"XX\"")));
    EXPECT_TRUE(hasError(r, s, 3, QStringLiteral("suppliers[1].parents[0].id"), QStringLiteral("unknown parent \"nobody\"")));
    EXPECT_TRUE(hasError(r, s, 3, QStringLiteral("suppliers[1].colour"), QStringLiteral("unknown key \"colour\"")));
    EXPECT_TRUE(hasError(r, s, 4, QStringLiteral("suppliers[2].aliases[0]"), QStringLiteral("also names entry \"a\"")))
        << joined(r.diagnostics).toStdString();
    EXPECT_TRUE(hasError(r, s, 5, QStringLiteral("suppliers[3].id"), QStringLiteral("is not an id")));

    const CatalogueLoadResult newer = Catalogue::read(R"({"format": "antrum-catalogue", "version": 2, "as_of": "2025-01", "licence": "CC0-1.0", "suppliers": []})",
                                                      QStringLiteral("s.json"), goodJurisdictions, QStringLiteral("j.json"));
    EXPECT_TRUE(hasError(newer, s, 1, QStringLiteral("version"), QStringLiteral("newer than this program reads")));
}

TEST(CatalogueFiles, ForeignJurisdictionWithoutLawsOrNoteIsAnError)
{
    const QByteArray j = R"({"format": "antrum-jurisdictions", "version": 1, "as_of": "2025-01", "licence": "CC0-1.0",
  "jurisdictions": [
    {"id": "NL", "name": "Netherlands", "eu_member": true, "laws": [], "sources": [{"title": "EU", "as_of": "2025-01"}]},
    {"id": "NL", "name": "Nederland", "eu_member": true, "laws": [], "sources": [{"title": "EU", "as_of": "2025-01"}]},
    {"id": "XY", "name": "Elsewhere", "eu_member": false, "laws": [], "sources": [{"title": "EU", "as_of": "2025-01"}]},
    {"id": "US", "name": "United States", "eu_member": false, "sources": [{"title": "EU", "as_of": "2025-01"}],
     "laws": [{"name": "CLOUD Act"}]}
  ]})";
    const CatalogueLoadResult r = readWith(R"({"id": "a", "name": "A", "category": "owner", "incorporated_in": "NL", )" + src + "}", j);
    EXPECT_FALSE(r.catalogue);
    const QString f = QStringLiteral("j.json");
    EXPECT_TRUE(hasError(r, f, 4, QStringLiteral("jurisdictions[1].id"), QStringLiteral("duplicate id \"NL\""))) << joined(r.diagnostics).toStdString();
    EXPECT_TRUE(hasError(r, f, 5, QStringLiteral("jurisdictions[2]"), QStringLiteral("needs its laws, or a laws_note")));
    EXPECT_TRUE(hasError(r, f, 7, QStringLiteral("jurisdictions[3].laws[0]"), QStringLiteral("missing required key \"sources\"")));
}

TEST(CatalogueFiles, AMissingDirectoryIsAnErrorNotACrash)
{
    const CatalogueLoadResult r = Catalogue::load(QStringLiteral("/nonexistent/antrum-catalogue"));
    EXPECT_FALSE(r.catalogue);
    ASSERT_EQ(r.diagnostics.size(), 2u);
    EXPECT_TRUE(r.diagnostics[0].file.endsWith(QStringLiteral("suppliers.json")));
}

// --- enrichment of the bundled sample ----------------------------------------------------

TEST(CatalogueEnrichment, SampleMatchesTheRightEntries)
{
    const std::vector<EnrichmentProposal> proposals = proposeEnrichment(sample(), shipped());
    // Computed by hand from data/samples/lindewaard.json and data/catalogue/suppliers.json.
    const std::map<QString, QString> expected = {
        {QStringLiteral("sup-ms-ie"), QStringLiteral("microsoft-ireland-operations")},
        {QStringLiteral("sup-microsoft"), QStringLiteral("microsoft")},
        {QStringLiteral("sup-pinkroccade"), QStringLiteral("pinkroccade-lg")},
        {QStringLiteral("sup-tss"), QStringLiteral("tss")},
        {QStringLiteral("sup-topicus"), QStringLiteral("topicus-com")},
        {QStringLiteral("sup-constellation"), QStringLiteral("constellation")},
        {QStringLiteral("sup-visma-raet"), QStringLiteral("visma-raet")},
        {QStringLiteral("sup-visma"), QStringLiteral("visma")},
        {QStringLiteral("sup-vmware"), QStringLiteral("vmware")},
        {QStringLiteral("sup-broadcom"), QStringLiteral("broadcom")},
        {QStringLiteral("sup-crowdstrike"), QStringLiteral("crowdstrike")},
        {QStringLiteral("sup-logius"), QStringLiteral("logius")},
        {QStringLiteral("sup-bzk"), QStringLiteral("bzk")},
        {QStringLiteral("sup-kadaster"), QStringLiteral("kadaster")},
        {QStringLiteral("sup-centric"), QStringLiteral("centric")},
        {QStringLiteral("sup-esri-nl"), QStringLiteral("esri-nederland")},
        {QStringLiteral("sup-esri"), QStringLiteral("esri")},
        {QStringLiteral("sup-kpn"), QStringLiteral("kpn")},
        {QStringLiteral("sup-odido"), QStringLiteral("odido")},
        {QStringLiteral("sup-warburg"), QStringLiteral("warburg-pincus")},
        {QStringLiteral("sup-apax"), QStringLiteral("apax")},
        {QStringLiteral("sup-northc"), QStringLiteral("northc")},
        {QStringLiteral("sup-dws"), QStringLiteral("dws")},
        {QStringLiteral("sup-solvinity"), QStringLiteral("solvinity")},
        {QStringLiteral("sup-kyndryl"), QStringLiteral("kyndryl")},
        {QStringLiteral("sup-ovh"), QStringLiteral("ovhcloud")},
        {QStringLiteral("sup-nextcloud"), QStringLiteral("nextcloud")},
        {QStringLiteral("sup-ox"), QStringLiteral("open-xchange")},
        {QStringLiteral("sup-collabora"), QStringLiteral("collabora-productivity")},
        {QStringLiteral("sup-proxmox"), QStringLiteral("proxmox")},
    };
    std::map<QString, QString> matched;
    for (const EnrichmentProposal *p : ofKind(proposals, EnrichmentProposal::Kind::Match))
        matched[p->nodeId] = p->entryId;
    EXPECT_EQ(matched, expected);

    // The fictional suppliers match nothing; the unnamed private-equity fund only weakly.
    std::set<QString> unmatched;
    for (const EnrichmentProposal *p : ofKind(proposals, EnrichmentProposal::Kind::NoMatch))
        unmatched.insert(p->nodeId);
    EXPECT_EQ(unmatched, (std::set<QString>{QStringLiteral("sup-lindewaard"), QStringLiteral("sup-zaakwijs"), QStringLiteral("sup-formfab"),
                                            QStringLiteral("sup-webbureau"), QStringLiteral("sup-gr-belasting"),
                                            QStringLiteral("sup-streekarchief"), QStringLiteral("sup-solvinity-pe")}));
    const EnrichmentProposal *pe = find(proposals, EnrichmentProposal::Kind::NoMatch, QStringLiteral("sup-solvinity-pe"));
    ASSERT_TRUE(pe);
    EXPECT_TRUE(pe->message.contains(QStringLiteral("weakly"))) << pe->message.toStdString();
    EXPECT_TRUE(ofKind(proposals, EnrichmentProposal::Kind::Ambiguous).empty());
}

TEST(CatalogueEnrichment, SampleGetsTheMissingParentsAndNothingElse)
{
    const Model model = sample();
    const std::vector<EnrichmentProposal> proposals = proposeEnrichment(model, shipped());
    // By hand: the sample already records every owner the catalogue knows except Hg above
    // Visma AS, Deutsche Bank above DWS, and Collabora Ltd above Collabora Productivity. The
    // chains Microsoft Ireland -> Microsoft, PinkRoccade -> TSS -> Topicus -> Constellation,
    // VMware -> Broadcom, Odido -> Warburg Pincus + Apax and Logius -> BZK are complete.
    EXPECT_EQ(proposedOwnership(proposals), (std::set<std::pair<QString, QString>>{
                                                {QStringLiteral("sup-visma"), QStringLiteral("hg")},
                                                {QStringLiteral("sup-dws"), QStringLiteral("deutsche-bank")},
                                                {QStringLiteral("sup-collabora"), QStringLiteral("collabora")}}));
    for (const char *complete : {"sup-ms-ie", "sup-pinkroccade", "sup-tss", "sup-topicus", "sup-vmware", "sup-odido", "sup-logius", "sup-visma-raet", "sup-northc"})
        EXPECT_FALSE(find(proposals, EnrichmentProposal::Kind::AddParent, QString::fromLatin1(complete))) << complete;

    // Every sample supplier has its seat; the seats agree with the catalogue; the sample's
    // jurisdictions already list the catalogue's laws.
    EXPECT_TRUE(ofKind(proposals, EnrichmentProposal::Kind::AddSeat).empty());
    EXPECT_TRUE(ofKind(proposals, EnrichmentProposal::Kind::AddLaws).empty());
    for (const EnrichmentProposal *c : ofKind(proposals, EnrichmentProposal::Kind::Conflict))
        ADD_FAILURE() << c->message.toStdString();

    // The new owners come with their catalogue id and seat in an existing jurisdiction node.
    const EnrichmentProposal *hg = find(proposals, EnrichmentProposal::Kind::AddParent, QStringLiteral("sup-visma"));
    ASSERT_TRUE(hg);
    EXPECT_EQ(hg->entryId, QStringLiteral("visma"));
    EXPECT_EQ(hg->targetEntryId, QStringLiteral("hg"));
    ASSERT_EQ(hg->addNodes.size(), 1u);
    EXPECT_EQ(hg->addNodes[0].id, QStringLiteral("hg"));
    EXPECT_EQ(hg->addNodes[0].kind, NodeKind::Supplier);
    EXPECT_EQ(*hg->addNodes[0].attributeAs<QString>(QStringLiteral("catalogue_id")), QStringLiteral("hg"));
    EXPECT_TRUE(std::any_of(hg->addEdges.begin(), hg->addEdges.end(), [](const Edge &e) {
        return e.from == QStringLiteral("hg") && e.to == QStringLiteral("GB") && e.kind == EdgeKind::IncorporatedIn;
    }));
    ASSERT_FALSE(hg->sources.empty());
    for (const EnrichmentProposal *p : ofKind(proposals, EnrichmentProposal::Kind::AddParent)) {
        ASSERT_FALSE(p->sources.empty());
        EXPECT_FALSE(p->sources.front().asOf.isEmpty());
    }
    const EnrichmentProposal *db = find(proposals, EnrichmentProposal::Kind::AddParent, QStringLiteral("sup-dws"));
    ASSERT_TRUE(db);
    EXPECT_TRUE(std::any_of(db->addEdges.begin(), db->addEdges.end(), [](const Edge &e) {
        return e.from == QStringLiteral("deutsche-bank") && e.to == QStringLiteral("DE") && e.kind == EdgeKind::IncorporatedIn;
    }));

    // Keys are unique.
    QSet<QString> keys;
    for (const EnrichmentProposal &p : proposals) {
        EXPECT_FALSE(keys.contains(p.key)) << p.key.toStdString();
        keys.insert(p.key);
    }
}

TEST(CatalogueEnrichment, ApplyingTheSampleProposalsValidatesAndShowsTheNewParents)
{
    const Model before = sample();
    const std::vector<EnrichmentProposal> proposals = proposeEnrichment(before, shipped());
    QStringList skipped;
    const Model after = applyEnrichment(before, proposals, &skipped);
    EXPECT_TRUE(skipped.isEmpty()) << skipped.join(u'\n').toStdString();
    EXPECT_TRUE(validateModel(after).empty()) << joined(validateModel(after)).toStdString();
    EXPECT_EQ(after.nodes.size(), before.nodes.size() + 3);
    EXPECT_EQ(after.edges.size(), before.edges.size() + 6);
    EXPECT_TRUE(hasEdge(after, QStringLiteral("sup-visma"), QStringLiteral("hg"), EdgeKind::SubsidiaryOf));
    EXPECT_TRUE(hasEdge(after, QStringLiteral("hg"), QStringLiteral("GB"), EdgeKind::IncorporatedIn));
    EXPECT_TRUE(hasEdge(after, QStringLiteral("sup-dws"), QStringLiteral("deutsche-bank"), EdgeKind::SubsidiaryOf));
    EXPECT_TRUE(hasEdge(after, QStringLiteral("sup-collabora"), QStringLiteral("collabora"), EdgeKind::SubsidiaryOf));

    // Analysed: whatever Visma AS could switch off, its new owner Hg can too; whatever
    // depended on DWS now also depends on Deutsche Bank.
    const DependencyAnalysis a(before);
    const DependencyAnalysis b(after);
    const auto spofIds = [](const DependencyAnalysis &analysis) {
        std::map<QString, std::set<QString>> out;
        for (const CapabilityFindings &f : analysis.capabilities()) {
            for (const FailureGraph::Index s : f.spofs)
                out[analysis.graph().id(f.node)].insert(analysis.graph().id(s));
        }
        return out;
    };
    const auto sa = spofIds(a);
    const auto sb = spofIds(b);
    int visma = 0;
    int dws = 0;
    for (const auto &[capability, spofs] : sa) {
        if (spofs.count(QStringLiteral("sup-visma"))) {
            ++visma;
            EXPECT_TRUE(sb.at(capability).count(QStringLiteral("hg"))) << capability.toStdString();
        }
        if (spofs.count(QStringLiteral("sup-dws"))) {
            ++dws;
            EXPECT_TRUE(sb.at(capability).count(QStringLiteral("deutsche-bank"))) << capability.toStdString();
        }
        for (const QString &s : spofs)
            EXPECT_TRUE(sb.at(capability).count(s)) << "enrichment removed a SPOF: " << s.toStdString();
    }
    EXPECT_GT(visma, 0);
    EXPECT_GT(dws, 0);

    // Enriching again proposes nothing more.
    const std::vector<EnrichmentProposal> again = proposeEnrichment(after, shipped());
    for (const EnrichmentProposal &p : again)
        EXPECT_FALSE(p.applicable()) << p.message.toStdString();
    EXPECT_EQ(ofKind(again, EnrichmentProposal::Kind::Match).size(), ofKind(proposals, EnrichmentProposal::Kind::Match).size() + 3);
}

TEST(CatalogueEnrichment, ASubsetAppliesOnItsOwn)
{
    const Model before = sample();
    const std::vector<EnrichmentProposal> proposals = proposeEnrichment(before, shipped());
    const EnrichmentProposal *db = find(proposals, EnrichmentProposal::Kind::AddParent, QStringLiteral("sup-dws"));
    ASSERT_TRUE(db);
    const Model after = applyEnrichment(before, {*db});
    EXPECT_TRUE(validateModel(after).empty());
    EXPECT_TRUE(after.findNode(QStringLiteral("deutsche-bank")));
    EXPECT_FALSE(after.findNode(QStringLiteral("hg")));
    // A stale proposal (its new node id taken meanwhile) is skipped, not forced in.
    Model taken = before;
    taken.nodes.push_back(supplier(QStringLiteral("deutsche-bank"), QStringLiteral("Something else")));
    QStringList skipped;
    const Model kept = applyEnrichment(taken, {*db}, &skipped);
    EXPECT_EQ(kept, taken);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped[0].contains(QStringLiteral("already has another node"))) << skipped[0].toStdString();
}

// --- enrichment rules on small models ----------------------------------------------------

TEST(CatalogueEnrichment, ProposesAWholeNewChainWithSeatsAndJurisdictions)
{
    Model m;
    m.name = QStringLiteral("t");
    m.nodes = {supplier(QStringLiteral("pr"), QStringLiteral("PinkRoccade Local Government"))};
    const std::vector<EnrichmentProposal> p = proposeEnrichment(m, shipped(), EnrichmentOptions{QStringLiteral("nl")});
    EXPECT_EQ(proposedOwnership(p), (std::set<std::pair<QString, QString>>{
                                        {QStringLiteral("pr"), QStringLiteral("tss")},
                                        {QStringLiteral("tss"), QStringLiteral("topicus-com")},
                                        {QStringLiteral("topicus-com"), QStringLiteral("constellation")}}));
    const EnrichmentProposal *seat = find(p, EnrichmentProposal::Kind::AddSeat, QStringLiteral("pr"));
    ASSERT_TRUE(seat);
    ASSERT_EQ(seat->addNodes.size(), 1u);
    EXPECT_EQ(seat->addNodes[0].id, QStringLiteral("NL"));
    EXPECT_EQ(seat->addNodes[0].name, QStringLiteral("Nederland"));

    const Model all = applyEnrichment(m, p);
    EXPECT_TRUE(validateModel(all).empty()) << joined(validateModel(all)).toStdString();
    EXPECT_TRUE(hasEdge(all, QStringLiteral("topicus-com"), QStringLiteral("CA"), EdgeKind::IncorporatedIn));
    const Node *ca = all.findNode(QStringLiteral("CA"));
    ASSERT_TRUE(ca);
    EXPECT_EQ(*ca->attributeAs<bool>(QStringLiteral("eu_member")), false);
    EXPECT_TRUE(ca->attributeAs<QStringList>(QStringLiteral("laws"))->contains(QStringLiteral("Special Economic Measures Act")));

    // Each proposal carries what it needs: the top link alone still gives a valid model.
    const EnrichmentProposal *top = find(p, EnrichmentProposal::Kind::AddParent, QStringLiteral("topicus-com"));
    ASSERT_TRUE(top);
    QStringList skipped;
    const Model one = applyEnrichment(m, {*top}, &skipped);
    EXPECT_TRUE(skipped.isEmpty()) << skipped.join(u'\n').toStdString();
    EXPECT_TRUE(validateModel(one).empty()) << joined(validateModel(one)).toStdString();
    EXPECT_TRUE(hasEdge(one, QStringLiteral("topicus-com"), QStringLiteral("constellation"), EdgeKind::SubsidiaryOf));
}

TEST(CatalogueEnrichment, DifferingFactsAreConflictsAndNeverOverwritten)
{
    Model m;
    m.name = QStringLiteral("t");
    m.nodes = {supplier(QStringLiteral("vm"), QStringLiteral("VMware, Inc.")), supplier(QStringLiteral("dell"), QStringLiteral("Dell Technologies")),
               supplier(QStringLiteral("ms"), QStringLiteral("Microsoft Corporation")), jurisdiction(QStringLiteral("NL"), true),
               jurisdiction(QStringLiteral("US"), true, {QStringLiteral("CLOUD Act")})};
    m.edges = {makeEdge(QStringLiteral("vm"), QStringLiteral("dell"), EdgeKind::SubsidiaryOf),
               makeEdge(QStringLiteral("ms"), QStringLiteral("NL"), EdgeKind::IncorporatedIn)};
    ASSERT_TRUE(validateModel(m).empty());
    const std::vector<EnrichmentProposal> p = proposeEnrichment(m, shipped());
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Conflict, QStringLiteral("vm")));   // Dell, not Broadcom
    EXPECT_FALSE(find(p, EnrichmentProposal::Kind::AddParent, QStringLiteral("vm"))); // and Broadcom is not added
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Conflict, QStringLiteral("ms")));   // seat NL, not US
    EXPECT_FALSE(find(p, EnrichmentProposal::Kind::AddSeat, QStringLiteral("ms")));
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Conflict, QStringLiteral("US")));   // eu_member
    const EnrichmentProposal *laws = find(p, EnrichmentProposal::Kind::AddLaws, QStringLiteral("US"));
    ASSERT_TRUE(laws);
    EXPECT_EQ(laws->addLaws, (QStringList{QStringLiteral("FISA Section 702"), QStringLiteral("IEEPA")}));

    const Model after = applyEnrichment(m, p);
    EXPECT_TRUE(validateModel(after).empty());
    EXPECT_TRUE(hasEdge(after, QStringLiteral("vm"), QStringLiteral("dell"), EdgeKind::SubsidiaryOf));
    EXPECT_TRUE(hasEdge(after, QStringLiteral("ms"), QStringLiteral("NL"), EdgeKind::IncorporatedIn));
    EXPECT_EQ(*after.findNode(QStringLiteral("US"))->attributeAs<bool>(QStringLiteral("eu_member")), true);
    EXPECT_EQ(*after.findNode(QStringLiteral("US"))->attributeAs<QStringList>(QStringLiteral("laws")),
              (QStringList{QStringLiteral("CLOUD Act"), QStringLiteral("FISA Section 702"), QStringLiteral("IEEPA")}));
}

TEST(CatalogueEnrichment, NeverProposesAnOwnershipCycle)
{
    Model m;
    m.name = QStringLiteral("t");
    m.nodes = {supplier(QStringLiteral("vm"), QStringLiteral("VMware")), supplier(QStringLiteral("bc"), QStringLiteral("Broadcom Inc."))};
    m.edges = {makeEdge(QStringLiteral("bc"), QStringLiteral("vm"), EdgeKind::SubsidiaryOf)}; // upside down
    const std::vector<EnrichmentProposal> p = proposeEnrichment(m, shipped());
    EXPECT_TRUE(proposedOwnership(p).empty());
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Conflict, QStringLiteral("vm")));
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Conflict, QStringLiteral("bc")));
    const Model after = applyEnrichment(m, p);
    EXPECT_FALSE(hasOwnershipCycle(after));
    EXPECT_TRUE(validateModel(after).empty());
}

TEST(CatalogueEnrichment, AmbiguousAndWeakMatchesProposeNothing)
{
    Model m;
    m.name = QStringLiteral("t");
    m.nodes = {supplier(QStringLiteral("ms1"), QStringLiteral("Microsoft Corp.")), supplier(QStringLiteral("ms2"), QStringLiteral("MICROSOFT CORPORATION")),
               supplier(QStringLiteral("ie"), QStringLiteral("Microsoft Ireland Operations Limited")),
               supplier(QStringLiteral("reseller"), QStringLiteral("Wederverkoper Noord (Microsoft)")),
               supplier(QStringLiteral("both"), QStringLiteral("Broadcom (VMware)"))};
    const std::vector<EnrichmentProposal> p = proposeEnrichment(m, shipped());
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Ambiguous, QStringLiteral("ms1")));
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Ambiguous, QStringLiteral("ms2")));
    const EnrichmentProposal *weak = find(p, EnrichmentProposal::Kind::NoMatch, QStringLiteral("reseller"));
    ASSERT_TRUE(weak);
    EXPECT_TRUE(weak->message.contains(QStringLiteral("weakly")));
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Match, QStringLiteral("both"))); // the name outside parentheses decides
    // Microsoft Ireland matches, but its owner exists twice in the model: nothing proposed.
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Match, QStringLiteral("ie")));
    EXPECT_FALSE(find(p, EnrichmentProposal::Kind::AddParent, QStringLiteral("ie")));
    EXPECT_TRUE(find(p, EnrichmentProposal::Kind::Ambiguous, QStringLiteral("ie")));
    for (const char *id : {"ms1", "ms2", "reseller"}) {
        for (const EnrichmentProposal &q : p)
            EXPECT_FALSE(q.applicable() && q.nodeId == QString::fromLatin1(id)) << q.message.toStdString();
    }

    // A catalogue_id attribute decides the match whatever the name.
    Model byId;
    byId.name = QStringLiteral("t");
    byId.nodes = {supplier(QStringLiteral("x"), QStringLiteral("Our cloud people"))};
    byId.nodes[0].attributes[QStringLiteral("catalogue_id")] = QStringLiteral("aws-emea");
    const std::vector<EnrichmentProposal> q = proposeEnrichment(byId, shipped());
    const EnrichmentProposal *parent = find(q, EnrichmentProposal::Kind::AddParent, QStringLiteral("x"));
    ASSERT_TRUE(parent);
    EXPECT_EQ(parent->targetEntryId, QStringLiteral("amazon"));
}

// --- property: random models ---------------------------------------------------------------

TEST(CatalogueEnrichment, ApplyingAllProposalsToRandomModelsKeepsThemValidAndAcyclic)
{
    const Catalogue &c = shipped();
    std::vector<QString> names;
    for (const CatalogueEntry &e : c.entries()) {
        names.push_back(e.name);
        for (const QString &a : e.aliases)
            names.push_back(a);
    }
    const QStringList suffixes = {QString(), QStringLiteral(" B.V."), QStringLiteral(", Inc."), QStringLiteral(" GmbH"), QStringLiteral(" Ltd"),
                                  QStringLiteral(" (fictief)")};
    int applied = 0;
    for (quint64 seed = 1; seed <= 40; ++seed) {
        std::mt19937_64 rng(seed);
        Model m = generateModel(120 + int(seed % 5) * 60, seed);
        ASSERT_TRUE(validateModel(m).empty());
        std::vector<std::size_t> suppliers;
        for (std::size_t i = 0; i < m.nodes.size(); ++i) {
            if (m.nodes[i].kind == NodeKind::Supplier)
                suppliers.push_back(i);
        }
        // Give most suppliers real names (some twice), with legal-form variants.
        for (const std::size_t i : suppliers) {
            if (rng() % 4 == 0)
                continue;
            m.nodes[i].name = names[rng() % names.size()] + suffixes[qsizetype(rng() % std::uint64_t(suffixes.size()))];
        }
        // Extra ownership edges in random directions, kept acyclic.
        for (int k = 0; k < 20 && suppliers.size() > 1; ++k) {
            const QString a = m.nodes[suppliers[rng() % suppliers.size()]].id;
            const QString b = m.nodes[suppliers[rng() % suppliers.size()]].id;
            if (a == b || hasEdge(m, a, b, EdgeKind::SubsidiaryOf))
                continue;
            m.edges.push_back(makeEdge(a, b, EdgeKind::SubsidiaryOf));
            if (hasOwnershipCycle(m))
                m.edges.pop_back();
        }
        ASSERT_TRUE(validateModel(m).empty()) << "seed " << seed;

        const std::vector<EnrichmentProposal> proposals = proposeEnrichment(m, c, EnrichmentOptions{seed % 2 ? QStringLiteral("nl") : QString()});
        QStringList skipped;
        const Model after = applyEnrichment(m, proposals, &skipped);
        EXPECT_TRUE(skipped.isEmpty()) << "seed " << seed << ": " << skipped.join(u'\n').toStdString();
        EXPECT_TRUE(validateModel(after).empty()) << "seed " << seed << ": " << joined(validateModel(after)).toStdString();
        EXPECT_FALSE(hasOwnershipCycle(after)) << "seed " << seed;
        // Nothing removed: every node (kind and name) and every edge is still there.
        const QHash<QString, int> index = after.nodeIndex();
        for (const Node &n : m.nodes) {
            ASSERT_TRUE(index.contains(n.id)) << "seed " << seed << ": lost " << n.id.toStdString();
            const Node &kept = after.nodes[std::size_t(index.value(n.id))];
            EXPECT_EQ(kept.kind, n.kind);
            EXPECT_EQ(kept.name, n.name);
        }
        std::set<std::tuple<QString, QString, int>> edges;
        for (const Edge &e : after.edges)
            edges.insert({e.from, e.to, int(e.kind)});
        for (const Edge &e : m.edges)
            EXPECT_TRUE(edges.count({e.from, e.to, int(e.kind)})) << "seed " << seed << ": lost an edge";

        // Any random subset applies as well.
        std::vector<EnrichmentProposal> subset;
        for (const EnrichmentProposal &p : proposals) {
            if (rng() % 2)
                subset.push_back(p);
        }
        const Model part = applyEnrichment(m, subset);
        EXPECT_TRUE(validateModel(part).empty()) << "seed " << seed;
        EXPECT_FALSE(hasOwnershipCycle(part));
        applied += int(after.nodes.size() - m.nodes.size()) + int(after.edges.size() - m.edges.size());
    }
    EXPECT_GT(applied, 100); // the property was exercised, not vacuous
}

TEST(CatalogueEnrichment, SmallRandomModelsOfCatalogueNamesStayValidAndAcyclic)
{
    // Models made almost only of catalogue companies, with few or duplicated jurisdiction
    // nodes, so that proposals add whole chains, new jurisdictions and hit every conflict.
    const Catalogue &c = shipped();
    std::vector<QString> names;
    for (const CatalogueEntry &e : c.entries()) {
        names.push_back(e.name);
        for (const QString &a : e.aliases)
            names.push_back(a);
    }
    const QStringList codes = {QStringLiteral("NL"), QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("GB"),
                               QStringLiteral("IE"), QStringLiteral("CA"), QStringLiteral("XX")};
    const QStringList decorations = {QString(), QStringLiteral(" Ltd"), QStringLiteral(" (leverancier)"), QStringLiteral(" B.V."),
                                     QStringLiteral(" Holding")};
    std::mt19937_64 rng(20250301);
    const auto pick = [&rng](std::size_t n) { return std::size_t(rng() % n); };
    int applicable = 0;
    for (int round = 0; round < 300; ++round) {
        Model m;
        m.name = QStringLiteral("random %1").arg(round);
        const int suppliers = 2 + int(pick(12));
        for (int i = 0; i < suppliers; ++i) {
            Node n = supplier(QStringLiteral("s%1").arg(i), names[pick(names.size())] + decorations[qsizetype(pick(std::size_t(decorations.size())))]);
            if (pick(10) == 0)
                n.attributes[QStringLiteral("catalogue_id")] = c.entries()[pick(c.entries().size())].id;
            m.nodes.push_back(n);
        }
        // A node that already uses a catalogue id as its id, to force renamed new nodes.
        m.nodes.push_back(makeNode(c.entries()[pick(c.entries().size())].id, NodeKind::Capability));
        const int jurisdictions = int(pick(4));
        for (int i = 0; i < jurisdictions; ++i) {
            Node j = jurisdiction(codes[qsizetype(pick(std::size_t(codes.size())))], pick(2) == 0);
            j.id = QStringLiteral("j%1").arg(i);
            m.nodes.push_back(j);
        }
        for (int i = 0; i < suppliers && jurisdictions > 0; ++i) {
            if (pick(3) == 0)
                m.edges.push_back(makeEdge(QStringLiteral("s%1").arg(i), QStringLiteral("j%1").arg(pick(std::size_t(jurisdictions))), EdgeKind::IncorporatedIn));
        }
        for (int k = 0; k < suppliers; ++k) {
            const QString a = QStringLiteral("s%1").arg(pick(std::size_t(suppliers)));
            const QString b = QStringLiteral("s%1").arg(pick(std::size_t(suppliers)));
            if (a == b || hasEdge(m, a, b, EdgeKind::SubsidiaryOf))
                continue;
            m.edges.push_back(makeEdge(a, b, EdgeKind::SubsidiaryOf));
            if (hasOwnershipCycle(m))
                m.edges.pop_back();
        }
        ASSERT_TRUE(validateModel(m).empty()) << joined(validateModel(m)).toStdString();

        const std::vector<EnrichmentProposal> proposals = proposeEnrichment(m, c);
        QSet<QString> original;
        for (const Node &n : m.nodes)
            original.insert(n.id);
        for (const EnrichmentProposal &p : proposals) {
            for (const Node &n : p.addNodes)
                EXPECT_FALSE(original.contains(n.id)) << "a new node reuses id " << n.id.toStdString();
            applicable += p.applicable() ? 1 : 0;
        }
        QStringList skipped;
        const Model after = applyEnrichment(m, proposals, &skipped);
        EXPECT_TRUE(skipped.isEmpty()) << "round " << round << ": " << skipped.join(u'\n').toStdString();
        EXPECT_TRUE(validateModel(after).empty()) << "round " << round << ": " << joined(validateModel(after)).toStdString();
        EXPECT_FALSE(hasOwnershipCycle(after)) << "round " << round;
        EXPECT_GE(after.nodes.size(), m.nodes.size());
        for (const Edge &e : m.edges)
            EXPECT_TRUE(hasEdge(after, e.from, e.to, e.kind)) << "round " << round;
        for (std::size_t i = 0; i < m.nodes.size(); ++i) {
            EXPECT_EQ(after.nodes[i].id, m.nodes[i].id);
            EXPECT_EQ(after.nodes[i].name, m.nodes[i].name);
        }

        std::vector<EnrichmentProposal> subset;
        for (const EnrichmentProposal &p : proposals) {
            if (pick(3) == 0)
                subset.push_back(p);
        }
        const Model part = applyEnrichment(m, subset);
        EXPECT_TRUE(validateModel(part).empty()) << "round " << round << ": " << joined(validateModel(part)).toStdString();
        EXPECT_FALSE(hasOwnershipCycle(part));
        // Applying the same proposals twice changes nothing the second time.
        EXPECT_EQ(applyEnrichment(after, proposals), after) << "round " << round;
    }
    EXPECT_GT(applicable, 300);
}
