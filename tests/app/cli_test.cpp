// SPDX-License-Identifier: GPL-3.0-or-later
// antrum-cli against ../shared/spec/cli.md: exit codes, located errors, nothing written on
// failure, content-based detection of the input kind.
#include "documentlock.h"
#include "modelfile.h"
#include "reportcontent.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(antrum::test::cliPath(), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString fixture(const QString &name) { return antrum::test::fixturePath(name); }
QString sample() { return antrum::test::samplePath(QStringLiteral("lindewaard.json")); }

QJsonDocument json(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

TEST(Cli, VersionAndHelp)
{
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("antrum-cli ")));
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"validate", "import", "export"})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
    EXPECT_EQ(cli({QStringLiteral("validate"), QStringLiteral("--help")}).exitCode, 0);
}

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("validate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("validate"), QStringLiteral("--no-such-option"), sample()}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import"), sample()}).exitCode, 2); // no -o
}

TEST(Cli, ValidateAcceptsTheFixtureAndTheSample)
{
    for (const QString &path : {fixture(QStringLiteral("models/two-holes.json")), sample()}) {
        const CliRun run = cli({QStringLiteral("validate"), path});
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        EXPECT_TRUE(run.out.contains(QStringLiteral("valid")));
    }
}

TEST(Cli, ValidateRefusesEveryInvalidFixtureWithALocatedMessage)
{
    const QDir dir(fixture(QStringLiteral("invalid")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")});
    ASSERT_GE(files.size(), 12);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const CliRun run = cli({QStringLiteral("validate"), path});
        EXPECT_EQ(run.exitCode, 1) << qPrintable(name);
        // FILE:LINE:COLUMN: ...
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(path) + QStringLiteral(":\\d+:\\d+: "))
                        .match(run.err).hasMatch())
            << qPrintable(run.err);
    }
}

TEST(Cli, ImportThenExportGivesBackTheSameModel)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("sample.antrum"));
    const QString exported = dir.filePath(QStringLiteral("sample.json"));
    ASSERT_EQ(cli({QStringLiteral("import"), sample(), QStringLiteral("-o"), document}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("validate"), document}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("export"), document, QStringLiteral("-o"), exported}).exitCode, 0);
    EXPECT_EQ(json(exported), json(sample()));
}

TEST(Cli, InputKindIsToldByContentNotByName)
{
    QTemporaryDir dir;
    const QString jsonNamedAntrum = dir.filePath(QStringLiteral("really-json.antrum"));
    ASSERT_TRUE(QFile::copy(fixture(QStringLiteral("models/two-holes.json")), jsonNamedAntrum));
    EXPECT_EQ(cli({QStringLiteral("validate"), jsonNamedAntrum}).exitCode, 0);
    const QString documentNamedJson = dir.filePath(QStringLiteral("really-sqlite.json"));
    ASSERT_EQ(cli({QStringLiteral("import"), fixture(QStringLiteral("models/two-holes.json")), QStringLiteral("--format"),
                   QStringLiteral("antrum"), QStringLiteral("-o"), documentNamedJson})
                  .exitCode,
              0);
    EXPECT_EQ(cli({QStringLiteral("validate"), documentNamedJson}).exitCode, 0);
}

TEST(Cli, NothingIsWrittenWhenTheCommandFails)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.antrum"));
    EXPECT_EQ(cli({QStringLiteral("import"), fixture(QStringLiteral("invalid/unknown-node.json")), QStringLiteral("-o"), out}).exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
    // An existing output stays as it was.
    {
        QFile existing(out);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    EXPECT_EQ(cli({QStringLiteral("import"), fixture(QStringLiteral("invalid/self-loop.json")), QStringLiteral("-o"), out}).exitCode, 1);
    QFile kept(out);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("keep me"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left
}

TEST(Cli, FilesThatCannotBeReadOrWrittenExitWithThree)
{
    QTemporaryDir dir;
    EXPECT_EQ(cli({QStringLiteral("validate"), dir.filePath(QStringLiteral("missing.json"))}).exitCode, 3);
    const CliRun run = cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("no/such/dir/x.json"))});
    EXPECT_EQ(run.exitCode, 3) << qPrintable(run.err);
    EXPECT_EQ(cli({QStringLiteral("import"), sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("no/such/dir/x.antrum"))}).exitCode, 3);
}

TEST(Cli, UnsupportedOutputFormatIsAUsageError)
{
    QTemporaryDir dir;
    const CliRun run = cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST(Cli, AnalyzeJsonMatchesTheNormativeFixture)
{
    const CliRun run = cli({QStringLiteral("analyze"), fixture(QStringLiteral("models/two-holes.json")), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QJsonParseError error;
    const QJsonObject actual = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << "stdout must be one JSON document";
    const QJsonObject expected = json(fixture(QStringLiteral("models/two-holes.expected.json"))).object();
    for (const char *list : {"capabilities", "jurisdictions"}) {
        const QJsonArray want = expected.value(QLatin1String(list)).toArray(), have = actual.value(QLatin1String(list)).toArray();
        ASSERT_EQ(have.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QJsonObject w = want[i].toObject();
            for (auto it = w.begin(); it != w.end(); ++it)
                EXPECT_EQ(have[i].toObject().value(it.key()), it.value()) << list << i << qPrintable(it.key());
        }
    }
    EXPECT_EQ(actual.value(QStringLiteral("model")).toObject().value(QStringLiteral("nodes")).toInt(), 14);
}

TEST(Cli, AnalyzeExplainsCutSets)
{
    const CliRun run = cli({QStringLiteral("analyze"), fixture(QStringLiteral("models/two-holes.json")), QStringLiteral("--json"),
                            QStringLiteral("--explain")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray capabilities = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("capabilities")).toArray();
    const QJsonObject mail = capabilities[1].toObject();
    ASSERT_EQ(mail.value(QStringLiteral("id")).toString(), QStringLiteral("cap-mail"));
    const QJsonArray explained = mail.value(QStringLiteral("cut_set_explanations")).toArray();
    ASSERT_EQ(explained.size(), 3);
    const QJsonObject group = explained[2].toObject().value(QStringLiteral("defeated_groups")).toArray()[0].toObject();
    EXPECT_EQ(group.value(QStringLiteral("group")).toString(), QStringLiteral("mailbox"));
    const QJsonObject hosted = group.value(QStringLiteral("members")).toArray()[1].toObject();
    EXPECT_EQ(hosted.value(QStringLiteral("id")).toString(), QStringLiteral("app-hostedmail"));
    EXPECT_EQ(hosted.value(QStringLiteral("failed_by")).toArray(), QJsonArray{QStringLiteral("sup-b")});
    // The people's version says the same in words.
    const CliRun text = cli({QStringLiteral("analyze"), fixture(QStringLiteral("models/two-holes.json")), QStringLiteral("--explain")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("app-hostedmail (falls to sup-b)")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("SPOF US (jurisdiction): cap-mail → app-cloudmail → sup-a-eu → sup-a → US")));
}

TEST(Cli, SimulateFailure)
{
    const CliRun run = cli({QStringLiteral("simulate"), fixture(QStringLiteral("models/two-holes.json")), QStringLiteral("--fail"),
                            QStringLiteral("US"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(result.value(QStringLiteral("failed_capabilities")).toArray(), QJsonArray{QStringLiteral("cap-mail")});
    EXPECT_EQ(result.value(QStringLiteral("failed")).toArray(),
              (QJsonArray{QStringLiteral("US"), QStringLiteral("app-cloudmail"), QStringLiteral("app-hostedmail"),
                          QStringLiteral("cap-mail"), QStringLiteral("host-a-eu"), QStringLiteral("sup-a"), QStringLiteral("sup-a-eu")}));
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--fail"), QStringLiteral("nobody")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample()}).exitCode, 2);
}

TEST(Cli, MonteCarloIsReproducible)
{
    const QStringList args = {QStringLiteral("simulate"), sample(), QStringLiteral("--monte-carlo"), QStringLiteral("20000"),
                              QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--json")};
    const CliRun first = cli(args), second = cli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    EXPECT_EQ(first.out, second.out);
    const QJsonObject result = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(result.value(QStringLiteral("trials")).toInt(), 20000);
    EXPECT_EQ(result.value(QStringLiteral("seed")).toInt(), 42);
    const QJsonArray capabilities = result.value(QStringLiteral("capabilities")).toArray();
    EXPECT_EQ(capabilities.size(), 14);
    for (const QJsonValue &c : capabilities) {
        const double p = c.toObject().value(QStringLiteral("failure_probability")).toDouble();
        const QJsonArray ci = c.toObject().value(QStringLiteral("ci95")).toArray();
        EXPECT_LE(ci[0].toDouble(), p);
        EXPECT_GE(ci[1].toDouble(), p);
    }
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--monte-carlo"), QStringLiteral("many")}).exitCode, 2);
}

TEST(Cli, GenerateWritesAValidModel)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("g.json"));
    ASSERT_EQ(cli({QStringLiteral("generate"), QStringLiteral("--nodes"), QStringLiteral("3000"), QStringLiteral("--seed"),
                   QStringLiteral("9"), QStringLiteral("-o"), out})
                  .exitCode,
              0);
    EXPECT_EQ(cli({QStringLiteral("validate"), out}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("analyze"), out, QStringLiteral("--max-order"), QStringLiteral("3")}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("analyze"), out, QStringLiteral("--max-order"), QStringLiteral("9")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("generate"), QStringLiteral("--nodes"), QStringLiteral("5"), QStringLiteral("-o"), out}).exitCode, 2);
}

TEST(Cli, AnalyzeReportsLockInConcentrationSovereigntyAndDataQuality)
{
    const CliRun run = cli({QStringLiteral("analyze"), sample(), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray capabilities = doc.value(QStringLiteral("capabilities")).toArray();
    ASSERT_FALSE(capabilities.isEmpty());
    for (const QJsonValue &c : capabilities) {
        const QJsonObject lockIn = c.toObject().value(QStringLiteral("lock_in")).toObject();
        ASSERT_TRUE(lockIn.value(QStringLiteral("score")).isDouble()) << qPrintable(c.toObject().value(QStringLiteral("id")).toString());
        EXPECT_EQ(lockIn.value(QStringLiteral("factors")).toObject().size(), 11);
        EXPECT_TRUE(lockIn.value(QStringLiteral("driven_by")).isString());
    }
    const QJsonObject lockIn = doc.value(QStringLiteral("lock_in")).toObject();
    EXPECT_EQ(lockIn.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-23"));
    EXPECT_EQ(lockIn.value(QStringLiteral("applications")).toArray().size(), 28);
    const QJsonArray indices = doc.value(QStringLiteral("concentration")).toObject().value(QStringLiteral("indices")).toArray();
    EXPECT_EQ(indices.size(), 6);
    for (const QJsonValue &i : indices) {
        const double hhi = i.toObject().value(QStringLiteral("hhi")).toDouble(-1);
        EXPECT_GE(hhi, 0);
        EXPECT_LE(hhi, 10000);
    }
    const QJsonArray profiles = doc.value(QStringLiteral("sovereignty")).toObject().value(QStringLiteral("applications")).toArray();
    EXPECT_EQ(profiles.size(), 28);
    EXPECT_EQ(profiles[0].toObject().value(QStringLiteral("objectives")).toObject().size(), 8);
    const QJsonObject quality = doc.value(QStringLiteral("data_quality")).toObject();
    EXPECT_GT(quality.value(QStringLiteral("items_total")).toInt(), 0);
    EXPECT_GT(quality.value(QStringLiteral("lock_in_known_share")).toDouble(), 0);

    const CliRun text = cli({QStringLiteral("analyze"), sample(), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    ASSERT_EQ(text.exitCode, 0);
    for (const char *heading : {"Lock-in per capability", "Lock-in per supplier group", "Concentration", "Sovereignty profile per application",
                                "Data quality"})
        EXPECT_TRUE(text.out.contains(QLatin1String(heading))) << heading;

    EXPECT_EQ(cli({QStringLiteral("analyze"), sample(), QStringLiteral("--as-of"), QStringLiteral("23-11-2026")}).exitCode, 2);
}

TEST(Cli, SimulateAStoredScenarioWithRecoveryAndCost)
{
    const CliRun run = cli({QStringLiteral("simulate"), sample(), QStringLiteral("--scenario"), QStringLiteral("scn-us-cutoff"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << "stdout must be one JSON document";
    EXPECT_EQ(doc.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("scn-us-cutoff"));
    const QJsonArray capabilities = doc.value(QStringLiteral("capabilities")).toArray();
    ASSERT_FALSE(capabilities.isEmpty());
    bool recovered = false, noWayBack = false;
    for (const QJsonValue &c : capabilities) {
        EXPECT_EQ(c.toObject().value(QStringLiteral("down_from")).toInt(), 6);
        recovered = recovered || c.toObject().value(QStringLiteral("recovered_at")).isDouble();
        noWayBack = noWayBack || c.toObject().value(QStringLiteral("no_way_back")).toBool();
    }
    EXPECT_TRUE(recovered);
    EXPECT_TRUE(noWayBack);
    const QJsonObject cost = doc.value(QStringLiteral("cost")).toObject();
    EXPECT_GT(cost.value(QStringLiteral("scenario")).toDouble(), 0);
    EXPECT_EQ(cost.value(QStringLiteral("by_month")).toArray().size(), 36);

    const CliRun text = cli({QStringLiteral("simulate"), sample(), QStringLiteral("--scenario"), QStringLiteral("scn-us-cutoff"),
                             QStringLiteral("--policy"), QStringLiteral("cheapest"), QStringLiteral("--horizon"), QStringLiteral("24")});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.contains(QStringLiteral("NO WAY BACK")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("24 months")));

    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--scenario"), QStringLiteral("no-such")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--scenario"), QStringLiteral("scn-us-cutoff"), QStringLiteral("--policy"),
                   QStringLiteral("bravest")}).exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--scenario"), QStringLiteral("scn-us-cutoff"), QStringLiteral("--fail"),
                   QStringLiteral("US")}).exitCode,
              2);
}

TEST(Cli, SimulateATemplateFromTheLibrary)
{
    const QString tmpl = antrum::test::sourcePath(QStringLiteral("data/scenarios/price-shock.json"));
    const CliRun run = cli({QStringLiteral("simulate"), sample(), QStringLiteral("--template"), tmpl, QStringLiteral("--set"),
                            QStringLiteral("supplier=sup-broadcom"), QStringLiteral("--set"), QStringLiteral("factor=3.5"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject cost = doc.value(QStringLiteral("cost")).toObject();
    EXPECT_GT(cost.value(QStringLiteral("extra")).toDouble(), 0) << "a price shock costs more";
    EXPECT_TRUE(run.err.contains(QStringLiteral("supplier = sup-broadcom (given)"))) << qPrintable(run.err);
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--template"), tmpl, QStringLiteral("--set"), QStringLiteral("supplier=US")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--template"), tmpl, QStringLiteral("--set"), QStringLiteral("nonsense")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("simulate"), sample(), QStringLiteral("--template"), QStringLiteral("/no/such/template.json")}).exitCode, 3);
}

TEST(Cli, CompareOptionsSideBySideWithoutTouchingTheDocument)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("lindewaard.antrum"));
    ASSERT_EQ(cli({QStringLiteral("import"), sample(), QStringLiteral("-o"), document}).exitCode, 0);
    const auto bytes = [&] {
        QFile f(document);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    const CliRun run = cli({QStringLiteral("compare"), document, QStringLiteral("--option"), QStringLiteral("opt-proxmox"), QStringLiteral("--option"),
                            QStringLiteral("opt-soevereine-kantooromgeving"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(bytes(), before) << "options never alter the baseline document";
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(doc.value(QStringLiteral("options")).toArray().size(), 2);
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    for (const QJsonValue &row : rows)
        EXPECT_EQ(row.toObject().value(QStringLiteral("values")).toArray().size(), 3);
    const CliRun text = cli({QStringLiteral("compare"), sample(), QStringLiteral("--option"), QStringLiteral("opt-proxmox")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("opt-proxmox")));
    EXPECT_EQ(cli({QStringLiteral("compare"), sample(), QStringLiteral("--option"), QStringLiteral("opt-none")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("compare"), sample()}).exitCode, 2);
}

// --- report ------------------------------------------------------------------------------------

namespace {

/// The text of a PDF (poppler's pdftotext), whitespace collapsed so that line breaks do not matter.
QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0)
{
    QStringList args;
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l") << QString::number(lastPage);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(p.waitForFinished(60000));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST(Cli, ReportWritesAPdfWithTheKeyFindingsInEnglish)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun run = cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-11-23"), QStringLiteral("--author"), QStringLiteral("A. Adviseur")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.isEmpty()) << "a report run prints nothing on stderr: " << qPrintable(run.err);
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 10);
    EXPECT_TRUE(run.out.contains(QStringLiteral("%1 pages").arg(pages))) << qPrintable(run.out);

    // The three most urgent findings, computed here from the same model and date.
    const antrum::ModelFileResult loaded = antrum::loadModelFile(sample());
    ASSERT_TRUE(loaded.model);
    const antrum::ReportAnalyses analyses = antrum::computeReportAnalyses(*loaded.model, QDate(2026, 11, 23));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Sovereignty report")));
    EXPECT_TRUE(text.contains(QStringLiteral("A. Adviseur")));
    EXPECT_TRUE(text.contains(QStringLiteral("23 November 2026")));
    const auto urgent = antrum::mostUrgentFindings(*analyses.findings);
    ASSERT_EQ(urgent.size(), 3u);
    for (const antrum::Finding *f : urgent)
        EXPECT_TRUE(text.contains(f->title.simplified())) << qPrintable(f->title);
    // Every capability's name is in it (the inventory).
    for (const antrum::Node &n : loaded.model->nodes) {
        if (n.kind == antrum::NodeKind::Capability) {
            EXPECT_TRUE(text.contains(n.name.simplified())) << qPrintable(n.name);
        }
    }
}

TEST(Cli, ReportInDutchAndAsStandaloneHtml)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    const CliRun run = cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("nl"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Soevereiniteitsrapport"))) << qPrintable(text.left(400));
    EXPECT_TRUE(text.contains(QStringLiteral("23 november 2026")));
    EXPECT_FALSE(text.contains(QStringLiteral("Executive summary")));
    EXPECT_FALSE(text.contains(QStringLiteral("Single points of failure per capability")));

    const QString html = dir.filePath(QStringLiteral("rapport.html"));
    ASSERT_EQ(cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), html, QStringLiteral("--lang"), QStringLiteral("nl")}).exitCode, 0);
    const QString page = readText(html);
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"nl\"")));
    EXPECT_TRUE(page.contains(QStringLiteral("Soevereiniteitsrapport")));
    // One file: every picture inline, nothing fetched.
    EXPECT_FALSE(page.contains(QRegularExpression(QStringLiteral("src=\"(?!data:)"))));
    EXPECT_FALSE(page.contains(QStringLiteral("http://")));
}

TEST(Cli, ReportHtmlEscapesAHostileName)
{
    QTemporaryDir dir;
    // The sample with a capability, an application and the model itself named to attack a browser.
    QJsonObject model = json(sample()).object();
    const QString hostile = QStringLiteral("<script>alert('x')</script><img src=x onerror=alert(1)>");
    model.insert(QStringLiteral("name"), hostile);
    QJsonArray nodes = model.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes.at(i).toObject();
        const QString id = n.value(QStringLiteral("id")).toString();
        if (id == u"cap-mail" || id == u"app-entra") {
            n.insert(QStringLiteral("name"), QString(hostile + id));
            nodes.replace(i, n);
        }
    }
    model.insert(QStringLiteral("nodes"), nodes);
    const QString input = dir.filePath(QStringLiteral("hostile.json"));
    {
        QFile f(input);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(model).toJson());
    }
    const QString html = dir.filePath(QStringLiteral("hostile.html"));
    const CliRun run = cli({QStringLiteral("report"), input, QStringLiteral("-o"), html, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--organisation"), hostile});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString page = readText(html);
    EXPECT_FALSE(page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<img src=x")));
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;script&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")) || page.contains(QStringLiteral("&lt;script&gt;alert('x')")));

    const QString pdf = dir.filePath(QStringLiteral("hostile.pdf"));
    ASSERT_EQ(cli({QStringLiteral("report"), input, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("en")}).exitCode, 0);
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("<script>alert('x')</script>"))) << "the PDF shows the name as it is";
}

TEST(Cli, ReportRefusesBadArgumentsAndWritesNothing)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    EXPECT_EQ(cli({QStringLiteral("report"), sample()}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("tlh")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("r.docx"))}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), pdf, QStringLiteral("--as-of"), QStringLiteral("soon")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), pdf, QStringLiteral("--logo"), QStringLiteral("/no/such/logo.png")}).exitCode, 3);
    EXPECT_EQ(cli({QStringLiteral("report"), fixture(QStringLiteral("invalid/ownership-cycle.json")), QStringLiteral("-o"), pdf}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("report"), sample(), QStringLiteral("-o"), QStringLiteral("/no/such/dir/r.pdf")}).exitCode, 3);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

// --- export formats ---

TEST(Cli, ExportWritesGraphMlDotAndCsvByExtension)
{
    QTemporaryDir dir;
    const auto bytes = [](const QString &path) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
        return f.readAll();
    };
    const QString graphml = dir.filePath(QStringLiteral("x.graphml"));
    const CliRun g = cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), graphml});
    ASSERT_EQ(g.exitCode, 0) << qPrintable(g.err);
    const QByteArray xml = bytes(graphml);
    EXPECT_TRUE(xml.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    EXPECT_TRUE(xml.contains("<node id=\"cap-mail\">"));

    const QString dot = dir.filePath(QStringLiteral("x.dot"));
    ASSERT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), dot}).exitCode, 0);
    EXPECT_TRUE(bytes(dot).startsWith("digraph \"Gemeente Lindewaard\" {"));

    const QString csv = dir.filePath(QStringLiteral("x.csv"));
    const CliRun c = cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), csv});
    ASSERT_EQ(c.exitCode, 0) << qPrintable(c.err);
    const QJsonArray nodes = json(sample()).object().value(QStringLiteral("nodes")).toArray();
    const QByteArray table = bytes(csv);
    EXPECT_TRUE(table.startsWith("\xEF\xBB\xBF" "id,kind,name,"));
    EXPECT_EQ(table.count("\r\n"), nodes.size() + 1); // the sample's names hold no line breaks
    for (const char *name : {"x.edges.csv", "x.scenarios.csv", "x.options.csv"})
        EXPECT_TRUE(QFile::exists(dir.filePath(QLatin1String(name)))) << name;
    EXPECT_TRUE(c.out.contains(QStringLiteral("x.edges.csv")));
}

TEST(Cli, ExportFormatOptionWinsOverTheExtension)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("graph.txt"));
    ASSERT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("dot")}).exitCode, 0);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("digraph "));
    // Without --format an unknown extension is a usage error, and import does not write export-only formats.
    EXPECT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("y.txt"))}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import"), sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("y.graphml"))}).exitCode, 2);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("graph.txt")});
}

TEST(Cli, ExportToAnUnwritablePlaceExitsThreeAndWritesNothing)
{
    QTemporaryDir dir;
    for (const char *name : {"no/such/dir/x.graphml", "no/such/dir/x.dot", "no/such/dir/x.csv"}) {
        const CliRun run = cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), dir.filePath(QLatin1String(name))});
        EXPECT_EQ(run.exitCode, 3) << name;
        EXPECT_FALSE(run.err.isEmpty());
    }
    // One table of the CSV set cannot be written: none of them appears.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("x.options.csv")));
    EXPECT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.csv"))}).exitCode, 3);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    // An invalid model writes nothing either.
    EXPECT_EQ(cli({QStringLiteral("export"), fixture(QStringLiteral("invalid/self-loop.json")), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("bad.graphml"))}).exitCode, 1);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

// --- ArchiMate and the catalogue ----------------------------------------------------------------

TEST(Cli, ImportsBothArchiMateFixturesThenValidatesAndAnalyses)
{
    QTemporaryDir dir;
    for (const char *name : {"Sample1", "archisurance"}) {
        SCOPED_TRACE(name);
        const QString out = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".antrum"));
        const CliRun run = cli({QStringLiteral("import"), fixture(QStringLiteral("archimate/%1.xml").arg(QString::fromLatin1(name))),
                                QStringLiteral("-o"), out});
        ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
        // What does not map is reported, one line each, never dropped silently.
        EXPECT_GT(run.err.count(QStringLiteral(": not mapped: ")), 0);
        EXPECT_EQ(cli({QStringLiteral("validate"), out}).exitCode, 0);
        const CliRun analysis = cli({QStringLiteral("analyze"), out, QStringLiteral("--json")});
        ASSERT_EQ(analysis.exitCode, 0) << qPrintable(analysis.err);
        EXPECT_FALSE(QJsonDocument::fromJson(analysis.out.toUtf8()).object().value(QStringLiteral("capabilities")).toArray().isEmpty());
    }
}

TEST(Cli, ExportsArchiMateAndReadsItBack)
{
    QTemporaryDir dir;
    const QString xml = dir.filePath(QStringLiteral("lindewaard.xml"));
    ASSERT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), xml}).exitCode, 0);
    const QString back = dir.filePath(QStringLiteral("back.json"));
    const CliRun run = cli({QStringLiteral("import"), xml, QStringLiteral("-o"), dir.filePath(QStringLiteral("back.antrum"))});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    ASSERT_EQ(cli({QStringLiteral("export"), dir.filePath(QStringLiteral("back.antrum")), QStringLiteral("-o"), back}).exitCode, 0);
    const QJsonArray before = json(sample()).object().value(QStringLiteral("nodes")).toArray();
    const QJsonArray after = json(back).object().value(QStringLiteral("nodes")).toArray();
    EXPECT_EQ(after.size(), before.size()) << "every node comes back";
    EXPECT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), QStringLiteral("/no/such/dir/x.xml")}).exitCode, 3);
}

TEST(Cli, EnrichProposesTheSamplesMissingOwnersAndWritesThemWhenAsked)
{
    const CliRun list = cli({QStringLiteral("enrich"), sample()});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    for (const char *key : {"[parent:sup-visma>hg]", "[parent:sup-dws>deutsche-bank]", "[parent:sup-collabora>collabora]"})
        EXPECT_TRUE(list.out.contains(QString::fromLatin1(key))) << key;
    EXPECT_TRUE(list.out.contains(QStringLiteral("3 facts to add")));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("enriched.json"));
    const CliRun one = cli({QStringLiteral("enrich"), sample(), QStringLiteral("-o"), out, QStringLiteral("--accept"), QStringLiteral("parent:sup-visma>hg")});
    ASSERT_EQ(one.exitCode, 0) << qPrintable(one.err);
    EXPECT_EQ(cli({QStringLiteral("validate"), out}).exitCode, 0);
    bool owner = false;
    for (const QJsonValue &e : json(out).object().value(QStringLiteral("edges")).toArray()) {
        const QJsonObject edge = e.toObject();
        owner = owner || (edge.value(QStringLiteral("from")).toString() == u"sup-visma" && edge.value(QStringLiteral("to")).toString() == u"hg"
                          && edge.value(QStringLiteral("kind")).toString() == u"subsidiary_of");
    }
    EXPECT_TRUE(owner);
    EXPECT_EQ(cli({QStringLiteral("enrich"), sample(), QStringLiteral("-o"), out, QStringLiteral("--accept"), QStringLiteral("nonsense")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("enrich"), sample(), QStringLiteral("--catalogue"), dir.path()}).exitCode, 3);
}

// --- CSV import ---------------------------------------------------------------------------------

namespace {

QString csvFixture(const QString &name) { return antrum::test::dataPath(QStringLiteral("csv/") + name); }

} // namespace

TEST(Cli, ImportsASpreadsheetWithAMappingThenValidatesAndAnalyses)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("apps.antrum"));
    const CliRun run = cli({QStringLiteral("import"), csvFixture(QStringLiteral("applicaties.csv")), QStringLiteral("-o"), out,
                            QStringLiteral("--mapping"), csvFixture(QStringLiteral("applicaties.mapping.json")), QStringLiteral("--edges"),
                            csvFixture(QStringLiteral("relaties.csv"))});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(run.err.count(QStringLiteral(": created: ")), 10) << qPrintable(run.err);
    const CliRun valid = cli({QStringLiteral("validate"), out});
    EXPECT_EQ(valid.exitCode, 0) << qPrintable(valid.err);
    EXPECT_TRUE(valid.out.contains(QStringLiteral("16 nodes, 19 edges"))) << qPrintable(valid.out);
    const CliRun analysis = cli({QStringLiteral("analyze"), out, QStringLiteral("--json")});
    ASSERT_EQ(analysis.exitCode, 0) << qPrintable(analysis.err);
    const QJsonArray capabilities = QJsonDocument::fromJson(analysis.out.toUtf8()).object().value(QStringLiteral("capabilities")).toArray();
    ASSERT_EQ(capabilities.size(), 4);
    // E-mail runs on Microsoft, a US company: the analysis sees the reach the spreadsheet implied.
    bool mailReachesUs = false;
    for (const QJsonValue &c : capabilities)
        if (c.toObject().value(QStringLiteral("id")).toString() == u"cap-e-mail-en-agenda")
            mailReachesUs = c.toObject().value(QStringLiteral("reach")).toArray().contains(QJsonValue(QStringLiteral("US")));
    EXPECT_TRUE(mailReachesUs);
}

TEST(Cli, CsvImportWithBadRowsExitsOneWithLocatedErrorsAndWritesNothing)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(in);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("id;naam;soort;kritikaliteit\r\napp-a;A;application;hoog\r\napp-b;B;application;3\r\napp-b;B2;application;3\r\n");
    }
    const QString out = dir.filePath(QStringLiteral("bad.antrum"));
    const CliRun run = cli({QStringLiteral("import"), in, QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(in + QStringLiteral(":2:4: criticality \"hoog\" is not a whole number from 1 to 5"))) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(in + QStringLiteral(":4:1: duplicate id \"app-b\" (first used in row 3)"))) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"format\": \"antrum-csv-mapping\""))) << "the guessed mapping is shown";
    EXPECT_FALSE(QFile::exists(out));

    // With --skip-bad-rows the good row is imported and the skipped ones are named.
    const CliRun skip = cli({QStringLiteral("import"), in, QStringLiteral("-o"), out, QStringLiteral("--skip-bad-rows")});
    ASSERT_EQ(skip.exitCode, 0) << qPrintable(skip.err);
    EXPECT_TRUE(skip.err.contains(in + QStringLiteral(":2:4: warning: row skipped: "))) << qPrintable(skip.err);
    EXPECT_TRUE(skip.out.contains(QStringLiteral("2 rows skipped"))) << qPrintable(skip.out);
    EXPECT_TRUE(cli({QStringLiteral("validate"), out}).out.contains(QStringLiteral("1 nodes")));

    // A header with neither id nor name, and no mapping: a usage error, nothing written.
    const QString odd = dir.filePath(QStringLiteral("odd.txt"));
    {
        QFile file(odd);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("foo,bar\n1,2\n");
    }
    const QString oddOut = dir.filePath(QStringLiteral("odd.antrum"));
    EXPECT_EQ(cli({QStringLiteral("import"), odd, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), oddOut}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(oddOut));
    EXPECT_EQ(cli({QStringLiteral("import"), in, QStringLiteral("-o"), out, QStringLiteral("--mapping"), dir.filePath(QStringLiteral("none.json"))})
                  .exitCode,
              3);
}

TEST(Cli, CsvExportImportsBackWithTheExportMapping)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("model.csv"));
    ASSERT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), csv}).exitCode, 0);
    const QString back = dir.filePath(QStringLiteral("back.json"));
    const CliRun run = cli({QStringLiteral("import"), csv, QStringLiteral("-o"), back, QStringLiteral("--edges"),
                            dir.filePath(QStringLiteral("model.edges.csv")), QStringLiteral("--mapping"),
                            csvFixture(QStringLiteral("antrum-export.mapping.json"))});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject before = json(sample()).object();
    const QJsonObject after = json(back).object();
    EXPECT_EQ(after.value(QStringLiteral("nodes")).toArray().size(), before.value(QStringLiteral("nodes")).toArray().size());
    EXPECT_EQ(after.value(QStringLiteral("edges")).toArray(), before.value(QStringLiteral("edges")).toArray());
}

// --- lock files -----------------------------------------------------------------------------

TEST(Cli, ADocumentInUseByAnotherProcessIsNotWritten)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("shared.antrum"));
    ASSERT_EQ(cli({QStringLiteral("import"), sample(), QStringLiteral("-o"), target}).exitCode, 0);
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    EXPECT_FALSE(QFile::exists(antrum::DocumentLock::lockPathFor(target))) << "the command released its lock";

    // This test process holds the document, as an open Antrum window would.
    auto held = antrum::DocumentLock::acquire(target);
    ASSERT_NE(held, nullptr);
    const antrum::DocumentLock::Holder holder = antrum::DocumentLock::currentHolder(target);
    const QString expected = QStringLiteral("%1 is in use by %2 (pid %3 on %4)")
                                 .arg(target, holder.user.isEmpty() ? holder.application : holder.user + QStringLiteral(" with ") + holder.application)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(holder.hostname);
    const QList<QStringList> writers = {
        {QStringLiteral("import"), sample(), QStringLiteral("-o"), target},
        {QStringLiteral("export"), sample(), QStringLiteral("-o"), target},
        {QStringLiteral("enrich"), sample(), QStringLiteral("-o"), target, QStringLiteral("--accept"), QStringLiteral("parent:sup-visma>hg")},
    };
    for (const QStringList &arguments : writers) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 3) << qPrintable(arguments.first()) << ": " << qPrintable(run.err);
        EXPECT_TRUE(run.err.contains(expected)) << qPrintable(run.err) << "\nexpected: " << qPrintable(expected);
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "a locked document was written";
    file.close();
    // Reading is not refused, nor is a JSON output beside it.
    EXPECT_EQ(cli({QStringLiteral("validate"), target}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("export"), target, QStringLiteral("-o"), dir.filePath(QStringLiteral("copy.json"))}).exitCode, 0);

    held.reset();
    EXPECT_EQ(cli({QStringLiteral("export"), sample(), QStringLiteral("-o"), target}).exitCode, 0);
}

TEST(Cli, AStaleLockOfACrashedProcessDoesNotStopAWrite)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("stale.antrum"));
    // A lock file as QLockFile writes it, of a process that no longer exists on this host.
    QFile lock(antrum::DocumentLock::lockPathFor(target));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write("2147483646\nantrum\n" + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
               + QSysInfo::bootUniqueId() + "\nsomeone\n");
    lock.close();
    const CliRun run = cli({QStringLiteral("import"), sample(), QStringLiteral("-o"), target});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(cli({QStringLiteral("validate"), target}).exitCode, 0);
    EXPECT_FALSE(QFile::exists(antrum::DocumentLock::lockPathFor(target)));
}
