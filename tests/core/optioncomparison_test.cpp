// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonoutput.h"
#include "dependencyanalysis.h"
#include "methodology.h"
#include "modeldocument.h"
#include "modelfile.h"
#include "optioncomparison.h"
#include "scenariosimulation.h"
#include "validation.h"

#include "randommodel.h"
#include "modelbuilders.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <set>

using namespace antrum;

namespace {

using test::makeEdge;
using test::makeNode;

std::string diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out.join(u'\n').toStdString();
}

MethodologySettings fixedSettings()
{
    MethodologySettings s;
    s.asOf = QDate(2026, 1, 1);
    return s;
}

ComparisonOptions fixedOptions()
{
    ComparisonOptions o;
    o.methodology = fixedSettings();
    o.scenario.methodology = o.methodology;
    return o;
}

/// cap-mail needs app-mail, delivered by sup-a (seated in NL, home). app-spare is only an
/// alternative (a candidate, not in use). Option "second-supplier" puts a second Dutch
/// supplier beside sup-a in a 1-of-2 group; option "more-apps" adds a second application
/// that cap-mail also needs.
Model redundancyModel()
{
    Model m;
    m.name = QStringLiteral("Redundancy");
    m.homeJurisdictions = QStringList{QStringLiteral("NL")};
    m.nodes = {
        makeNode(QStringLiteral("NL"), NodeKind::Jurisdiction),
        makeNode(QStringLiteral("cap-mail"), NodeKind::Capability),
        makeNode(QStringLiteral("app-mail"), NodeKind::Application, {{QStringLiteral("annual_cost"), 10000.0}}),
        makeNode(QStringLiteral("app-spare"), NodeKind::Application, {{QStringLiteral("annual_cost"), 99999.0}}),
        makeNode(QStringLiteral("sup-a"), NodeKind::Supplier),
    };
    m.nodes[1].criticality = 5;
    m.edges = {
        makeEdge(QStringLiteral("cap-mail"), QStringLiteral("app-mail"), EdgeKind::Requires),
        makeEdge(QStringLiteral("app-mail"), QStringLiteral("sup-a"), EdgeKind::ProvidedBy),
        makeEdge(QStringLiteral("app-spare"), QStringLiteral("app-mail"), EdgeKind::AlternativeFor),
        makeEdge(QStringLiteral("sup-a"), QStringLiteral("NL"), EdgeKind::IncorporatedIn),
    };

    Option second;
    second.id = QStringLiteral("second-supplier");
    second.name = QStringLiteral("A second supplier");
    second.addNodes.push_back(makeNode(QStringLiteral("sup-b"), NodeKind::Supplier));
    second.removeEdges.push_back({QStringLiteral("app-mail"), QStringLiteral("sup-a"), EdgeKind::ProvidedBy});
    second.addEdges = {
        makeEdge(QStringLiteral("app-mail"), QStringLiteral("sup-a"), EdgeKind::ProvidedBy, QStringLiteral("suppliers")),
        makeEdge(QStringLiteral("app-mail"), QStringLiteral("sup-b"), EdgeKind::ProvidedBy, QStringLiteral("suppliers")),
        makeEdge(QStringLiteral("sup-b"), QStringLiteral("NL"), EdgeKind::IncorporatedIn),
    };
    m.options.push_back(second);

    Option more;
    more.id = QStringLiteral("more-apps");
    more.name = QStringLiteral("Archive beside mail");
    more.addNodes.push_back(makeNode(QStringLiteral("app-archive"), NodeKind::Application, {{QStringLiteral("annual_cost"), 5000.0}}));
    more.addEdges = {
        makeEdge(QStringLiteral("cap-mail"), QStringLiteral("app-archive"), EdgeKind::Requires),
        makeEdge(QStringLiteral("app-archive"), QStringLiteral("sup-a"), EdgeKind::ProvidedBy),
    };
    m.options.push_back(more);
    return m;
}

/// cap-docs needs app-docs from sup-us, seated in the US (foreign, with extraterritorial laws).
/// Option "eu-supplier" swaps sup-us for sup-eu, seated in NL.
Model swapModel()
{
    Model m;
    m.name = QStringLiteral("Swap");
    m.homeJurisdictions = QStringList{QStringLiteral("NL")};
    m.nodes = {
        makeNode(QStringLiteral("NL"), NodeKind::Jurisdiction, {{QStringLiteral("eu_member"), true}}),
        makeNode(QStringLiteral("US"), NodeKind::Jurisdiction, {{QStringLiteral("laws"), QStringList{QStringLiteral("CLOUD Act")}}}),
        makeNode(QStringLiteral("cap-docs"), NodeKind::Capability),
        makeNode(QStringLiteral("app-docs"), NodeKind::Application,
                 {{QStringLiteral("annual_cost"), 20000.0}, {QStringLiteral("deployment"), QStringLiteral("saas")}}),
        makeNode(QStringLiteral("sup-us"), NodeKind::Supplier),
    };
    m.edges = {
        makeEdge(QStringLiteral("cap-docs"), QStringLiteral("app-docs"), EdgeKind::Requires),
        makeEdge(QStringLiteral("app-docs"), QStringLiteral("sup-us"), EdgeKind::ProvidedBy),
        makeEdge(QStringLiteral("sup-us"), QStringLiteral("US"), EdgeKind::IncorporatedIn),
    };
    Option swap;
    swap.id = QStringLiteral("eu-supplier");
    swap.name = QStringLiteral("A European supplier");
    swap.removeNodes << QStringLiteral("sup-us");
    swap.addNodes.push_back(makeNode(QStringLiteral("sup-eu"), NodeKind::Supplier));
    swap.addEdges = {
        makeEdge(QStringLiteral("app-docs"), QStringLiteral("sup-eu"), EdgeKind::ProvidedBy),
        makeEdge(QStringLiteral("sup-eu"), QStringLiteral("NL"), EdgeKind::IncorporatedIn),
    };
    m.options.push_back(swap);
    return m;
}

const ComparisonCell &cell(const Comparison &c, const QString &figure, const QString &subject, std::size_t column)
{
    const ComparisonRow *row = c.find(figure, subject);
    if (!row)
        throw std::runtime_error("no row " + figure.toStdString() + " " + subject.toStdString());
    return row->cells.at(column);
}

} // namespace

TEST(OptionComparison, ASecondSupplierRemovesASpof)
{
    const Model m = redundancyModel();
    ASSERT_TRUE(validateModel(m).empty()) << diagnosticsText(validateModel(m));
    const Comparison c = compareOptions(m, {QStringLiteral("second-supplier")}, fixedOptions());
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    ASSERT_EQ(c.columns.size(), 2u);
    EXPECT_TRUE(c.columns[0].optionId.isEmpty());
    EXPECT_EQ(c.columns[1].optionId, QStringLiteral("second-supplier"));

    // Baseline: app-mail, sup-a, NL. With the 1-of-2 group: app-mail, NL.
    const ComparisonCell &base = cell(c, QStringLiteral("spofs"), QStringLiteral("cap-mail"), 0);
    const ComparisonCell &option = cell(c, QStringLiteral("spofs"), QStringLiteral("cap-mail"), 1);
    EXPECT_EQ(base.value, 3.0);
    EXPECT_EQ(base.delta, 0.0);
    EXPECT_EQ(base.mark, ComparisonMark::Same);
    EXPECT_EQ(option.value, 2.0);
    EXPECT_EQ(option.delta, -1.0);
    EXPECT_EQ(option.mark, ComparisonMark::Better);
    EXPECT_FALSE(c.find(QStringLiteral("spofs"), QStringLiteral("cap-mail"))->higherIsBetter);

    // Order 2: {sup-a, sup-b} is a new cut set, which counts against the option.
    EXPECT_EQ(cell(c, QStringLiteral("cut_sets"), QStringLiteral("cap-mail"), 0).value, 0.0);
    EXPECT_EQ(cell(c, QStringLiteral("cut_sets"), QStringLiteral("cap-mail"), 1).value, 1.0);
    EXPECT_EQ(cell(c, QStringLiteral("cut_sets"), QStringLiteral("cap-mail"), 1).mark, ComparisonMark::Worse);
    // NL still cuts cap-mail off; neither column has a capability without a SPOF.
    EXPECT_EQ(cell(c, QStringLiteral("cutoff"), QStringLiteral("NL"), 1).mark, ComparisonMark::Same);
    EXPECT_EQ(cell(c, QStringLiteral("capabilities_without_spof"), {}, 1).value, 0.0);

    const QString text = comparisonToText(c);
    EXPECT_TRUE(text.contains(QStringLiteral("2 ▼ −1 ✓"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 ▲ +1 ✗"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("adds supplier sup-b"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("removes the edge app-mail → sup-a (provided_by)"))) << text.toStdString();
}

TEST(OptionComparison, AEuropeanSupplierLowersForeignReachAndRaisesTheScore)
{
    const Model m = swapModel();
    ASSERT_TRUE(validateModel(m).empty()) << diagnosticsText(validateModel(m));
    const Comparison c = compareOptions(m, {QStringLiteral("eu-supplier")}, fixedOptions());
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();

    EXPECT_EQ(cell(c, QStringLiteral("foreign_reach"), QStringLiteral("cap-docs"), 0).value, 1.0);
    EXPECT_EQ(cell(c, QStringLiteral("foreign_reach"), QStringLiteral("cap-docs"), 1).value, 0.0);
    EXPECT_EQ(cell(c, QStringLiteral("foreign_reach"), QStringLiteral("cap-docs"), 1).mark, ComparisonMark::Better);
    // The US can no longer cut the capability off (the jurisdiction itself stays).
    EXPECT_EQ(cell(c, QStringLiteral("cutoff"), QStringLiteral("US"), 0).value, 1.0);
    EXPECT_EQ(cell(c, QStringLiteral("cutoff"), QStringLiteral("US"), 1).value, 0.0);
    EXPECT_EQ(cell(c, QStringLiteral("cutoff"), QStringLiteral("US"), 1).mark, ComparisonMark::Better);

    const ComparisonRow *score = c.find(QStringLiteral("sovereignty_score"));
    ASSERT_NE(score, nullptr);
    EXPECT_TRUE(score->higherIsBetter);
    ASSERT_TRUE(score->cells[0].value && score->cells[1].value);
    EXPECT_GT(*score->cells[1].value, *score->cells[0].value);
    EXPECT_EQ(score->cells[1].mark, ComparisonMark::Better);
    EXPECT_DOUBLE_EQ(*score->cells[1].delta, *score->cells[1].value - *score->cells[0].value);

    // The removed supplier goes with its edges.
    ASSERT_EQ(c.columns[1].changes.size(), 4);
    EXPECT_TRUE(c.columns[1].changes[0].contains(QStringLiteral("sup-us"))) << c.columns[1].changes[0].toStdString();
    EXPECT_TRUE(c.columns[1].changes[0].contains(QStringLiteral("2 edge"))) << c.columns[1].changes[0].toStdString();
}

TEST(OptionComparison, CostsAddUp)
{
    const Model m = redundancyModel();
    const Comparison c = compareOptions(m, {QStringLiteral("more-apps"), QStringLiteral("second-supplier")}, fixedOptions());
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    ASSERT_EQ(c.columns.size(), 3u);
    EXPECT_EQ(c.columns[1].optionId, QStringLiteral("more-apps"));
    EXPECT_EQ(c.columns[2].optionId, QStringLiteral("second-supplier"));
    // app-spare (99,999) is only an alternative: not in use, not counted.
    const ComparisonRow *cost = c.find(QStringLiteral("annual_cost"));
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(cost->unit, FigureUnit::Euro);
    EXPECT_EQ(cost->cells[0].value, 10000.0);
    EXPECT_EQ(cost->cells[1].value, 15000.0);
    EXPECT_EQ(cost->cells[1].delta, 5000.0);
    EXPECT_EQ(cost->cells[1].mark, ComparisonMark::Worse);
    EXPECT_EQ(cost->cells[2].value, 10000.0);
    EXPECT_EQ(cost->cells[2].mark, ComparisonMark::Same);
    EXPECT_EQ(cell(c, QStringLiteral("applications_without_cost"), {}, 1).value, 0.0);
}

TEST(OptionComparison, UnknownAndRepeatedOptionsAreReported)
{
    const Model m = redundancyModel();
    const Comparison unknown = compareOptions(m, {QStringLiteral("second-supplier"), QStringLiteral("nope")});
    EXPECT_FALSE(unknown.ok());
    ASSERT_EQ(unknown.errors.size(), 1);
    EXPECT_TRUE(unknown.errors[0].contains(QStringLiteral("\"nope\""))) << unknown.errors[0].toStdString();
    EXPECT_TRUE(unknown.errors[0].contains(QStringLiteral("second-supplier, more-apps"))) << unknown.errors[0].toStdString();
    EXPECT_TRUE(unknown.rows.empty());
    EXPECT_TRUE(unknown.columns.empty());

    const Comparison twice = compareOptions(m, {QStringLiteral("more-apps"), QStringLiteral("more-apps")});
    EXPECT_FALSE(twice.ok());
    EXPECT_EQ(twice.errors.size(), 1);
}

TEST(OptionComparison, NoOptionsGivesTheBaselineAlone)
{
    const Model m = redundancyModel();
    const Comparison c = compareOptions(m, {}, fixedOptions());
    ASSERT_TRUE(c.ok());
    ASSERT_EQ(c.columns.size(), 1u);
    for (const ComparisonRow &row : c.rows) {
        ASSERT_EQ(row.cells.size(), 1u);
        EXPECT_EQ(row.cells[0].mark, row.cells[0].value ? ComparisonMark::Same : ComparisonMark::NotApplicable);
    }
}

TEST(OptionComparison, AScenarioOnARemovedNodeIsNotApplicable)
{
    Model m = swapModel();
    Scenario s;
    s.id = QStringLiteral("us-fails");
    s.name = QStringLiteral("The US supplier stops");
    Event fail;
    fail.type = Event::Type::Fail;
    fail.node = QStringLiteral("sup-us");
    s.events.push_back(fail);
    m.scenarios.push_back(s);
    // The model rules refuse an option that removes what a scenario names; the comparison
    // must cope with it anyway.
    const Comparison c = compareOptions(m, {QStringLiteral("eu-supplier")}, fixedOptions());
    ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
    EXPECT_EQ(c.columns[1].scenariosNotApplicable, QStringList{QStringLiteral("us-fails")});
    for (const QString &figure : {QStringLiteral("scenario.capabilities_down"), QStringLiteral("scenario.beyond_mtd"),
                                  QStringLiteral("scenario.no_way_back"), QStringLiteral("scenario.extra_cost")}) {
        const ComparisonCell &base = cell(c, figure, QStringLiteral("us-fails"), 0);
        const ComparisonCell &option = cell(c, figure, QStringLiteral("us-fails"), 1);
        EXPECT_TRUE(base.value.has_value()) << figure.toStdString();
        EXPECT_EQ(option.value, std::nullopt) << figure.toStdString();
        EXPECT_EQ(option.mark, ComparisonMark::NotApplicable) << figure.toStdString();
    }
    EXPECT_EQ(cell(c, QStringLiteral("scenario.capabilities_down"), QStringLiteral("us-fails"), 0).value, 1.0);
    const QString text = comparisonToText(c);
    EXPECT_TRUE(text.contains(QStringLiteral("n/a"))) << text.toStdString();
}

TEST(OptionComparison, AnOptionThatBreaksTheModelIsReported)
{
    Model m = redundancyModel();
    Option broken;
    broken.id = QStringLiteral("broken");
    broken.name = QStringLiteral("Edge to nowhere");
    broken.addEdges.push_back(makeEdge(QStringLiteral("cap-mail"), QStringLiteral("app-gone"), EdgeKind::Requires));
    m.options.push_back(broken);
    const Comparison c = compareOptions(m, {QStringLiteral("broken")});
    EXPECT_FALSE(c.ok());
    ASSERT_FALSE(c.errors.isEmpty());
    EXPECT_TRUE(c.errors[0].contains(QStringLiteral("broken"))) << c.errors[0].toStdString();
}

TEST(OptionComparison, JsonHasTheFixedKeys)
{
    const Model m = redundancyModel();
    const Comparison c = compareOptions(m, {QStringLiteral("second-supplier"), QStringLiteral("more-apps")}, fixedOptions());
    ASSERT_TRUE(c.ok());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(comparisonToJson(c), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    EXPECT_EQ(root[QStringLiteral("baseline")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Redundancy"));
    const QJsonArray options = root[QStringLiteral("options")].toArray();
    ASSERT_EQ(options.size(), 2);
    EXPECT_EQ(options[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("second-supplier"));
    EXPECT_EQ(options[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("A second supplier"));
    EXPECT_FALSE(options[0].toObject()[QStringLiteral("changes")].toArray().isEmpty());
    const QJsonArray rows = root[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), qsizetype(c.rows.size()));
    bool sawSpofs = false, sawTotal = false;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        EXPECT_EQ(row[QStringLiteral("values")].toArray().size(), 3);
        EXPECT_EQ(row[QStringLiteral("deltas")].toArray().size(), 3);
        EXPECT_EQ(row[QStringLiteral("marks")].toArray().size(), 3);
        EXPECT_TRUE(row[QStringLiteral("higher_is_better")].isBool());
        if (row[QStringLiteral("figure")] == QStringLiteral("spofs") && row[QStringLiteral("subject")] == QStringLiteral("cap-mail")) {
            sawSpofs = true;
            // more-apps adds app-archive, a fourth SPOF.
            const QByteArray text = QJsonDocument(row).toJson(QJsonDocument::Compact);
            EXPECT_EQ(row[QStringLiteral("values")].toArray(), (QJsonArray{3, 2, 4})) << text.toStdString();
            EXPECT_EQ(row[QStringLiteral("deltas")].toArray(), (QJsonArray{0, -1, 1})) << text.toStdString();
            EXPECT_EQ(row[QStringLiteral("marks")].toArray(),
                      (QJsonArray{QStringLiteral("same"), QStringLiteral("better"), QStringLiteral("worse")}))
                << text.toStdString();
        }
        if (row[QStringLiteral("figure")] == QStringLiteral("annual_cost")) {
            sawTotal = true;
            EXPECT_TRUE(row[QStringLiteral("subject")].isNull());
        }
    }
    EXPECT_TRUE(sawSpofs);
    EXPECT_TRUE(sawTotal);
}

TEST(OptionComparison, GatesAddARowOnlyWhenSet)
{
    const Model m = swapModel();
    ComparisonOptions options = fixedOptions();
    EXPECT_EQ(compareOptions(m, {QStringLiteral("eu-supplier")}, options).find(QStringLiteral("applications_passing_gates")), nullptr);
    options.methodology.sealGates[0] = 2;
    const Comparison c = compareOptions(m, {QStringLiteral("eu-supplier")}, options);
    ASSERT_NE(c.find(QStringLiteral("applications_passing_gates")), nullptr);
    EXPECT_TRUE(c.gatesSet);
}

TEST(OptionComparison, TextReadsCleanly)
{
    Comparison c;
    c.modelName = QStringLiteral("Hand-made");
    c.columns.resize(2);
    c.columns[1].optionId = QStringLiteral("opt");
    ComparisonRow cost{QStringLiteral("scenario.extra_cost"), QStringLiteral("s1"), QStringLiteral("extra cost"), false, FigureUnit::Euro, {}};
    cost.cells = {{-1e-10, 0.0, ComparisonMark::Same}, {2.0e-10, 0.0, ComparisonMark::Same}};
    ComparisonRow share{QStringLiteral("known_share.lock_in"), {}, QStringLiteral("known share"), true, FigureUnit::Share, {}};
    share.cells = {{0.5, 0.0, ComparisonMark::Same}, {0.5012, 0.0012, ComparisonMark::Better}};
    c.rows = {share, cost};
    const QString text = comparisonToText(c);
    EXPECT_FALSE(text.contains(QStringLiteral("−0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("50% ▲ +0.12 pp ✓"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Model totals"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Scenarios"))) << text.toStdString();
}

TEST(OptionComparison, TheBaselineIsNeverAltered)
{
    const Model m = redundancyModel();
    const Model before = m;
    compareOptions(m, {QStringLiteral("second-supplier"), QStringLiteral("more-apps")}, fixedOptions());
    EXPECT_EQ(m, before);
}

TEST(OptionComparison, TheDocumentIsNeverAltered)
{
    const ModelFileResult sample = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    ASSERT_EQ(sample.status, ModelFileResult::Status::Ok) << diagnosticsText(sample.diagnostics);
    ASSERT_FALSE(sample.model->options.empty());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("copy.antrum"));
    ModelDocument::Error error;
    ASSERT_TRUE(ModelDocument::create(path, *sample.model, &error)) << error.message.toStdString();
    const auto bytes = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray original = bytes();
    ASSERT_FALSE(original.isEmpty());
    {
        const std::unique_ptr<ModelDocument> doc = ModelDocument::open(path, ModelDocument::Mode::ReadWrite, &error);
        ASSERT_TRUE(doc) << error.message.toStdString();
        const std::optional<Model> loaded = doc->load(&error);
        ASSERT_TRUE(loaded) << error.message.toStdString();
        QStringList ids;
        for (const Option &o : loaded->options)
            ids << o.id;
        const Comparison c = compareOptions(*loaded, ids, fixedOptions());
        ASSERT_TRUE(c.ok()) << c.errors.join(u'\n').toStdString();
        EXPECT_EQ(c.columns.size(), std::size_t(ids.size() + 1));
        EXPECT_FALSE(comparisonToText(c).isEmpty());
        EXPECT_FALSE(comparisonToJson(c).isEmpty());
        const std::optional<Model> after = doc->load(&error);
        ASSERT_TRUE(after);
        EXPECT_EQ(*after, *loaded);
        EXPECT_EQ(*after, *sample.model);
    }
    EXPECT_EQ(bytes(), original);
}

/// Every column equals what the analyses give on the baseline or applyOption() directly.
TEST(OptionComparison, PropertyColumnsEqualDirectAnalyses)
{
    int compared = 0, refused = 0, notApplicable = 0;
    const ComparisonOptions options = fixedOptions();
    for (unsigned seed = 1; seed <= 200; ++seed) {
        test::RandomModelGenerator generator(seed);
        Model m = generator.generate({/*nodes*/ 14 + int(seed % 12), /*edges*/ 30});
        if (!validateModel(m).empty())
            continue;
        // A second option that removes a node: may leave a scenario n/a or break a group.
        Option removal;
        removal.id = QStringLiteral("o-remove");
        removal.name = QStringLiteral("Removal");
        removal.removeNodes << m.nodes[std::size_t(generator.uniform(0, int(m.nodes.size()) - 1))].id;
        m.options.push_back(removal);
        const Model before = m;
        QStringList ids;
        for (const Option &o : m.options)
            ids << o.id;
        const Comparison c = compareOptions(m, ids, options);
        ASSERT_EQ(m, before) << "seed " << seed;

        std::vector<Model> models{m};
        for (const Option &o : m.options)
            models.push_back(applyOption(m, o));
        if (!c.ok()) {
            // Only a variant that breaks the rules (scenarios aside) may be refused.
            ++refused;
            bool someInvalid = false;
            for (std::size_t i = 1; i < models.size(); ++i) {
                Model v = models[i];
                v.scenarios.clear();
                someInvalid = someInvalid || !validateModel(v).empty();
            }
            EXPECT_TRUE(someInvalid) << "seed " << seed << ": " << c.errors.join(u'\n').toStdString();
            continue;
        }
        ++compared;
        ASSERT_EQ(c.columns.size(), models.size());
        for (const ComparisonRow &row : c.rows) {
            ASSERT_EQ(row.cells.size(), models.size());
            for (std::size_t col = 0; col < row.cells.size(); ++col) {
                const ComparisonCell &cell = row.cells[col];
                const std::optional<double> base = row.cells[0].value;
                if (!cell.value || !base) {
                    EXPECT_EQ(cell.mark, ComparisonMark::NotApplicable);
                    EXPECT_FALSE(cell.delta);
                } else {
                    // Compared in steps of the figure's precision.
                    const double step = comparisonPrecision(row.unit);
                    ASSERT_TRUE(cell.delta);
                    EXPECT_NEAR(*cell.delta, *cell.value - *base, step) << seed;
                    if (col == 0 || std::round(*cell.value / step) == std::round(*base / step)) {
                        EXPECT_EQ(cell.mark, ComparisonMark::Same) << seed;
                        EXPECT_EQ(*cell.delta, 0.0);
                    } else {
                        EXPECT_EQ(cell.mark, (*cell.value > *base) == row.higherIsBetter ? ComparisonMark::Better : ComparisonMark::Worse)
                            << seed << " " << row.figure.toStdString();
                        EXPECT_NE(*cell.delta, 0.0);
                    }
                }
            }
        }

        for (std::size_t col = 0; col < models.size(); ++col) {
            const Model &variant = models[col];
            const DependencyAnalysis direct(variant, AnalysisOptions{2});
            const FailureGraph &g = direct.graph();
            std::set<QString> capabilities;
            for (const CapabilityFindings &f : direct.capabilities()) {
                const QString &id = g.id(f.node);
                capabilities.insert(id);
                EXPECT_EQ(cell(c, QStringLiteral("spofs"), id, col).value, double(f.spofs.size())) << seed << " " << id.toStdString();
                EXPECT_EQ(cell(c, QStringLiteral("cut_sets"), id, col).value, double(f.cutSets.size())) << seed;
                EXPECT_EQ(cell(c, QStringLiteral("foreign_reach"), id, col).value, double(f.foreignReach.size())) << seed;
            }
            for (const JurisdictionFindings &j : direct.jurisdictions())
                EXPECT_EQ(cell(c, QStringLiteral("cutoff"), g.id(j.node), col).value, double(j.cutoff.size())) << seed;
            // A capability of another column only is n/a here.
            for (const ComparisonRow &row : c.rows) {
                if (row.figure == u"spofs" && !capabilities.count(row.subject)) {
                    EXPECT_FALSE(row.cells[col].value) << seed;
                }
            }
            int withoutSpof = 0;
            for (const CapabilityFindings &f : direct.capabilities())
                withoutSpof += f.spofs.empty();
            EXPECT_EQ(cell(c, QStringLiteral("capabilities_without_spof"), {}, col).value, double(withoutSpof));

            const MethodologyResult methodology = assessMethodology(variant, options.methodology);
            for (const CapabilityLockIn &l : methodology.capabilities) {
                const QString &id = variant.nodes[std::size_t(l.node)].id;
                EXPECT_EQ(cell(c, QStringLiteral("lock_in"), id, col).value,
                          l.drivenBy ? std::optional<double>(l.lockIn.score) : std::nullopt) << seed;
            }
            double cost = 0;
            for (const ApplicationLockIn &a : methodology.applications) {
                const auto it = variant.nodes[std::size_t(a.node)].attributes.find(QStringLiteral("annual_cost"));
                if (!a.candidate && it != variant.nodes[std::size_t(a.node)].attributes.end())
                    cost += std::get<double>(it->second);
            }
            EXPECT_DOUBLE_EQ(*cell(c, QStringLiteral("annual_cost"), {}, col).value, cost) << seed;
            EXPECT_EQ(cell(c, QStringLiteral("known_share.lock_in"), {}, col).value, methodology.dataQuality.lockInKnownShare);

            for (const Scenario &s : variant.scenarios) {
                const bool applicable = !c.columns[col].scenariosNotApplicable.contains(s.id);
                const ComparisonCell &down = cell(c, QStringLiteral("scenario.capabilities_down"), s.id, col);
                EXPECT_EQ(down.value.has_value(), applicable) << seed;
                if (!applicable) {
                    ++notApplicable;
                    // It names a node the variant lacks.
                    bool lacks = false;
                    for (const Event &e : s.events)
                        lacks = lacks || !variant.findNode(e.node) || (e.type == Event::Type::Acquire && !variant.findNode(e.parent));
                    EXPECT_TRUE(lacks) << seed;
                    continue;
                }
                const ScenarioResult r = simulateScenario(variant, s, options.scenario);
                EXPECT_EQ(down.value, double(r.capabilities.size())) << seed;
                EXPECT_DOUBLE_EQ(*cell(c, QStringLiteral("scenario.extra_cost"), s.id, col).value, r.scenarioCost - r.baselineCost) << seed;
            }
        }
    }
    EXPECT_GT(compared, 100);
    EXPECT_GT(notApplicable, 0); // the removals hit a scenario's node now and then
    std::cout << "compared " << compared << " random models, " << refused << " refused an option, " << notApplicable
              << " scenario columns n/a\n";
}
