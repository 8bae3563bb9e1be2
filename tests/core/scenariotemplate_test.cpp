// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario library (data/scenarios) read, applied to the bundled sample and simulated;
// choosers, parameters given by hand, "with" expansion, and bad templates.
#include "scenariosimulation.h"
#include "scenariotemplate.h"
#include "modelfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Model sample()
{
    ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model);
    return *loaded.model;
}

ScenarioTemplate libraryTemplate(const QString &id)
{
    QStringList errors;
    const std::optional<ScenarioTemplate> t =
        readScenarioTemplate(readAll(test::sourcePath(QStringLiteral("data/scenarios/") + id + QStringLiteral(".json"))), id, &errors);
    EXPECT_TRUE(t) << qPrintable(errors.join(u'\n'));
    return t.value_or(ScenarioTemplate{});
}

} // namespace

TEST(ScenarioTemplate, EveryTemplateOfTheLibraryReadsAppliesToTheSampleAndSimulates)
{
    const QDir dir(test::sourcePath(QStringLiteral("data/scenarios")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")});
    ASSERT_GE(files.size(), 6);
    const Model model = sample();
    for (const QString &file : files) {
        QStringList errors;
        const std::optional<ScenarioTemplate> t = readScenarioTemplate(readAll(dir.filePath(file)), file, &errors);
        ASSERT_TRUE(t) << qPrintable(errors.join(u'\n'));
        EXPECT_EQ(t->id + QStringLiteral(".json"), file);
        EXPECT_FALSE(t->name.value(QStringLiteral("nl")).isEmpty()) << qPrintable(file) << ": Dutch is first-class";
        EXPECT_FALSE(t->models.value(QStringLiteral("en")).isEmpty()) << qPrintable(file) << ": the real event it models";
        EXPECT_FALSE(t->sources.isEmpty()) << qPrintable(file);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
            const std::optional<InstantiatedScenario> s = instantiateTemplate(*t, model, {}, language, &errors);
            ASSERT_TRUE(s) << qPrintable(file) << qPrintable(errors.join(u'\n'));
            EXPECT_FALSE(s->scenario.events.empty());
            EXPECT_EQ(s->choices.size(), qsizetype(t->parameters.size()));
            const ScenarioResult r = simulateScenario(model, s->scenario);
            EXPECT_EQ(r.scenarioId, t->id);
        }
    }
}

TEST(ScenarioTemplate, ChoosersPickWhatMattersMostInTheSample)
{
    const Model model = sample();
    QStringList errors;
    const auto scenarioOf = [&](const QString &id, const QMap<QString, QString> &values = {}) {
        const std::optional<InstantiatedScenario> s = instantiateTemplate(libraryTemplate(id), model, values, QStringLiteral("en"), &errors);
        EXPECT_TRUE(s) << qPrintable(errors.join(u'\n'));
        return s ? s->scenario : Scenario{};
    };
    // The US laws reach the most capabilities of Lindewaard.
    const Scenario cutoff = scenarioOf(QStringLiteral("foreign-cutoff"));
    ASSERT_EQ(cutoff.events.size(), 1u);
    EXPECT_EQ(cutoff.events[0].node, QStringLiteral("US"));
    // Microsoft is the largest supplier group, and controlled from outside the EU.
    const Scenario price = scenarioOf(QStringLiteral("price-shock"));
    ASSERT_EQ(price.events.size(), 1u);
    EXPECT_EQ(price.events[0].node, QStringLiteral("sup-microsoft"));
    EXPECT_DOUBLE_EQ(price.events[0].factor, 3.0);
    // Given values win; the factor is a number.
    const Scenario vmware = scenarioOf(QStringLiteral("price-shock"), {{QStringLiteral("supplier"), QStringLiteral("sup-broadcom")},
                                                                       {QStringLiteral("factor"), QStringLiteral("1.85")}});
    ASSERT_EQ(vmware.events.size(), 1u);
    EXPECT_EQ(vmware.events[0].node, QStringLiteral("sup-broadcom"));
    EXPECT_DOUBLE_EQ(vmware.events[0].factor, 1.85);
    // Bankruptcy takes the subsidiaries along.
    const Scenario bankrupt = scenarioOf(QStringLiteral("supplier-bankruptcy"), {{QStringLiteral("supplier"), QStringLiteral("sup-microsoft")}});
    QStringList failed;
    for (const Event &e : bankrupt.events)
        failed << e.node;
    EXPECT_TRUE(failed.contains(QStringLiteral("sup-microsoft")));
    EXPECT_TRUE(failed.contains(QStringLiteral("sup-ms-ie"))) << qPrintable(failed.join(u' '));
}

TEST(ScenarioTemplate, BadTemplatesAndBadValuesAreReportedNotGuessed)
{
    const Model model = sample();
    QStringList errors;
    EXPECT_FALSE(readScenarioTemplate("{", QStringLiteral("broken.json"), &errors));
    EXPECT_FALSE(readScenarioTemplate(R"({"format": "antrum-scenario-template", "version": 2, "id": "x", "name": {"en": "X"},
        "parameters": [{"name": "j", "kind": "planet", "default": "largest_group"}], "events": [{"type": "explode"}]})",
                                      QStringLiteral("bad.json"), &errors));
    EXPECT_GE(errors.size(), 4) << qPrintable(errors.join(u'\n'));

    const ScenarioTemplate cutoff = libraryTemplate(QStringLiteral("foreign-cutoff"));
    errors.clear();
    EXPECT_FALSE(instantiateTemplate(cutoff, model, {{QStringLiteral("jurisdiction"), QStringLiteral("sup-microsoft")}}, QStringLiteral("en"), &errors));
    EXPECT_TRUE(errors.join(u'\n').contains(QStringLiteral("not jurisdiction"))) << qPrintable(errors.join(u'\n'));
    errors.clear();
    EXPECT_FALSE(instantiateTemplate(cutoff, model, {{QStringLiteral("country"), QStringLiteral("US")}}, QStringLiteral("en"), &errors));
    errors.clear();
    EXPECT_FALSE(instantiateTemplate(libraryTemplate(QStringLiteral("price-shock")), model, {{QStringLiteral("factor"), QStringLiteral("-2")}},
                                     QStringLiteral("en"), &errors));
    // A model without foreign jurisdictions gives the chooser nothing: said, with the way out.
    Model home;
    home.name = QStringLiteral("home only");
    home.nodes.push_back(Node{QStringLiteral("NL"), NodeKind::Jurisdiction, QStringLiteral("NL")});
    home.homeJurisdictions = QStringList{QStringLiteral("NL")};
    errors.clear();
    EXPECT_FALSE(instantiateTemplate(cutoff, home, {}, QStringLiteral("en"), &errors));
    EXPECT_TRUE(errors.join(u'\n').contains(QStringLiteral("jurisdiction=ID"))) << qPrintable(errors.join(u'\n'));
}
