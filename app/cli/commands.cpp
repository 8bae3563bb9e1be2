// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "analysisoutput.h"
#include "dependencyanalysis.h"
#include "failuresimulation.h"
#include "comparisonoutput.h"
#include "methodology.h"
#include "optioncomparison.h"
#include "scenariooutput.h"
#include "scenariotemplate.h"
#include "modelfile.h"
#include "documentlock.h"
#include "archimate.h"
#include "catalogue.h"
#include "csvimport.h"
#include "modelexport.h"
#include "modelgenerator.h"
#include "reportcontent.h"
#include "reportlanguage.h"
#include "reportwriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <optional>

namespace antrum::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// A usage error: message and a hint, exit code 2.
int usage(const QString &message, const QString &command = {})
{
    err() << "antrum-cli: " << message << '\n'
          << "Try 'antrum-cli " << (command.isEmpty() ? QString() : command + u' ')
          << "--help'.\n";
    err().flush();
    return UsageError;
}

void printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err() << d.toString() << '\n';
    err().flush();
}

struct Command {
    QString name;
    QString synopsis;
    QString summary;
    std::function<void(QCommandLineParser &)> declareOptions;
    std::function<int(QCommandLineParser &)> run;
};

/// A model as loaded, with the ids the reader resolved (for the failure graph).
struct Loaded {
    Model model;
    std::shared_ptr<const ModelIndex> index;
};

/// The model of this run. It lives until the process ends, and main() ends with _Exit:
/// freeing a million-node model string by string takes longer than the system needs to
/// drop its pages.
Loaded &runModel()
{
    static Loaded loaded;
    return loaded;
}

/// Loads MODEL (into runModel()) and maps failures to exit codes; on failure returns the
/// exit code.
std::variant<Loaded *, int> loadOrExit(const QString &path)
{
    ModelFileResult result = loadModelFile(path);
    switch (result.status) {
    case ModelFileResult::Status::Ok:
        runModel() = Loaded{std::move(*result.model), std::move(result.index)};
        return &runModel();
    case ModelFileResult::Status::Invalid:
        printDiagnostics(result.diagnostics);
        err() << path << ": " << result.diagnostics.size()
              << (result.diagnostics.size() == 1 ? " error" : " errors") << ", nothing done\n";
        err().flush();
        return int(InvalidInput);
    case ModelFileResult::Status::Unreadable:
        printDiagnostics(result.diagnostics);
        return int(FileError);
    }
    return int(FileError);
}

/// The output format of export/import: --format wins, else the extension of OUT.
std::optional<ModelFileKind> outputKind(const QString &path, const QString &format)
{
    const QString f = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format.toLower();
    if (f == u"json")
        return ModelFileKind::Json;
    if (f == u"antrum")
        return ModelFileKind::Document;
    return std::nullopt;
}

int writeOrExit(const Model &model, const QString &path, ModelFileKind kind)
{
    // A document another Antrum has open is not written behind its back (held while writing).
    std::unique_ptr<DocumentLock> lock;
    if (kind == ModelFileKind::Document) {
        DocumentLock::Failure failure = DocumentLock::Failure::None;
        DocumentLock::Holder holder;
        lock = DocumentLock::acquire(path, &holder, &failure);
        if (failure == DocumentLock::Failure::InUse) {
            err() << DocumentLock::inUseMessage(path, holder) << '\n';
            err().flush();
            return FileError;
        }
    }
    const QString error = saveModelFile(model, path, kind);
    if (!error.isEmpty()) {
        err() << path << ": " << error << '\n';
        err().flush();
        return FileError;
    }
    return Done;
}

QString countsLine(const Model &model)
{
    return QStringLiteral("%1 nodes, %2 edges, %3 scenarios, %4 options")
        .arg(model.nodes.size())
        .arg(model.edges.size())
        .arg(model.scenarios.size())
        .arg(model.options.size());
}

const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("Write the result to <file>."),
                                      QStringLiteral("file"));
const QCommandLineOption formatOption(
    QStringLiteral("format"),
    QStringLiteral("Output format: json or antrum; export also graphml, dot or csv (default: from the extension of -o)."),
    QStringLiteral("format"));

int runValidate(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(QStringLiteral("validate takes exactly one MODEL"), QStringLiteral("validate"));
    auto loaded = loadOrExit(args.first());
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    out() << args.first() << ": valid (" << countsLine(std::get<Loaded *>(loaded)->model) << ")\n";
    return Done;
}

/// An ArchiMate Open Exchange file, told by its content: XML in an Open Group ArchiMate namespace.
bool isArchiMateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    return head.trimmed().startsWith('<') && head.contains("opengroup.org/xsd/archimate");
}

/// import of an ArchiMate exchange file: what does not map is listed on stderr, never dropped silently.
int importArchiMate(const QString &input, const QString &output, ModelFileKind kind)
{
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << input << ": " << file.errorString() << '\n';
        err().flush();
        return FileError;
    }
    const ArchiMateImport result = readArchiMate(file.readAll(), input);
    if (!result.model) {
        printDiagnostics(result.errors);
        err() << input << ": " << result.errors.size() << (result.errors.size() == 1 ? " error" : " errors") << ", nothing done\n";
        err().flush();
        return InvalidInput;
    }
    for (const QString &line : result.unmapped)
        err() << input << ": not mapped: " << line << '\n';
    for (const QString &line : result.notes)
        err() << input << ": note: " << line << '\n';
    err().flush();
    if (const int code = writeOrExit(*result.model, output, kind); code != Done)
        return code;
    out() << output << ": written (" << countsLine(*result.model) << "; " << result.unmapped.size()
          << " ArchiMate items not mapped, listed on stderr)\n";
    return Done;
}

const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                      QStringLiteral("CSV import: the column mapping file (docs/csv-import.md); without it the mapping is "
                                                     "guessed from the header and printed on stderr."),
                                      QStringLiteral("MAP.json"));
const QCommandLineOption edgesOption(QStringLiteral("edges"), QStringLiteral("CSV import: an edges table (from, to, kind)."),
                                     QStringLiteral("EDGES.csv"));
const QCommandLineOption skipBadRowsOption(QStringLiteral("skip-bad-rows"),
                                           QStringLiteral("CSV import: leave out the rows with errors (listed as warnings) instead of "
                                                          "importing nothing."));

/// import of a spreadsheet (CSV) through a column mapping: every bad row on stderr as
/// FILE:ROW:COLUMN: message; nothing written unless every row is good or --skip-bad-rows.
int importCsvFile(const QCommandLineParser &parser, const QString &input, const QString &output)
{
    const QString format = parser.value(formatOption);
    const std::optional<ModelFileKind> kind = outputKind(output, format.compare(u"csv", Qt::CaseInsensitive) == 0 ? QString() : format);
    if (!kind)
        return usage(QStringLiteral("import writes .json or .antrum"), QStringLiteral("import"));
    QString failed;
    const auto readAll = [&failed](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failed = path + QStringLiteral(": ") + file.errorString();
            return QByteArray();
        }
        return file.readAll();
    };
    const QByteArray nodes = readAll(input);
    std::optional<QByteArray> edges;
    if (parser.isSet(edgesOption))
        edges = readAll(parser.value(edgesOption));
    const QByteArray mappingText = parser.isSet(mappingOption) ? readAll(parser.value(mappingOption)) : QByteArray();
    if (!failed.isEmpty()) {
        err() << failed << '\n';
        err().flush();
        return FileError;
    }
    CsvMapping mapping;
    if (parser.isSet(mappingOption)) {
        Diagnostics problems;
        mapping = readCsvMapping(mappingText, parser.value(mappingOption), &problems);
        if (!problems.empty()) {
            printDiagnostics(problems);
            err() << parser.value(mappingOption) << ": " << problems.size() << (problems.size() == 1 ? " error" : " errors")
                  << ", nothing written\n";
            err().flush();
            return InvalidInput;
        }
    } else {
        Diagnostics ignored; // importCsv() reports them with the rows
        const QStringList header = readCsvTable(nodes, input, 0, &ignored).header;
        const QStringList edgesHeader = edges ? readCsvTable(*edges, parser.value(edgesOption), 0, &ignored).header : QStringList();
        mapping = guessMapping(header, edgesHeader);
        if (mapping.idColumn.isEmpty() && mapping.nameColumn.isEmpty() && !header.isEmpty())
            return usage(QStringLiteral("%1: no id or name column recognised in the header (%2); write a mapping file and pass it "
                                        "with --mapping (docs/csv-import.md)")
                             .arg(input, header.join(QStringLiteral(", "))),
                         QStringLiteral("import"));
        err() << "antrum-cli: no --mapping given; the guessed mapping follows (save it, correct it, pass it with --mapping):\n"
              << QString::fromUtf8(writeCsvMapping(mapping));
        err().flush();
    }
    const CsvImportResult result =
        importCsv(nodes, input, edges ? &*edges : nullptr, parser.value(edgesOption), mapping, parser.isSet(skipBadRowsOption));
    printDiagnostics(result.errors);
    if (!result.model) {
        err() << input << ": " << result.errors.size() << (result.errors.size() == 1 ? " error" : " errors") << ", nothing written\n";
        err().flush();
        return InvalidInput;
    }
    for (const QString &line : result.created)
        err() << input << ": created: " << line << '\n';
    err().flush();
    if (const int code = writeOrExit(*result.model, output, *kind); code != Done)
        return code;
    out() << output << ": written (" << countsLine(*result.model) << "; " << result.badRows.size() + result.badEdgeRows.size()
          << " rows skipped, " << result.created.size() << " nodes created, listed on stderr)\n";
    return Done;
}

int exportArchiMate(const QString &input, const QString &output)
{
    auto loaded = loadOrExit(input);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Model &model = std::get<Loaded *>(loaded)->model;
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeArchiMate(model)) < 0 || !file.commit()) {
        err() << output << ": " << file.errorString() << '\n';
        err().flush();
        return FileError;
    }
    out() << output << ": written as ArchiMate exchange format (" << countsLine(model)
          << "; alternatives, scenarios and options are not part of it: docs/archimate.md)\n";
    return Done;
}

int runConvert(QCommandLineParser &parser, const QString &command)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(command + QStringLiteral(" takes exactly one input file"), command);
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usage(command + QStringLiteral(" needs -o OUT"), command);
    const std::optional<ModelFileKind> kind = outputKind(output, parser.value(formatOption));
    const QString formatName = parser.value(formatOption).isEmpty() ? QFileInfo(output).suffix() : parser.value(formatOption);
    std::optional<ExportFormat> exportFormat;
    if (command == u"export")
        exportFormat = exportFormatFromName(formatName);
    const bool archiMateOut = command == u"export" && !kind && !exportFormat
                              && (formatName.compare(u"xml", Qt::CaseInsensitive) == 0 || formatName.compare(u"archimate", Qt::CaseInsensitive) == 0);
    if (archiMateOut)
        return exportArchiMate(args.first(), output);
    if (command == u"import"
        && (parser.value(formatOption).compare(u"csv", Qt::CaseInsensitive) == 0
            || QFileInfo(args.first()).suffix().compare(u"csv", Qt::CaseInsensitive) == 0))
        return importCsvFile(parser, args.first(), output);
    if (command == u"import" && kind && isArchiMateFile(args.first()))
        return importArchiMate(args.first(), output, *kind);
    if (!kind && !exportFormat) {
        return usage(QStringLiteral("unsupported output format \"%1\": %2")
                         .arg(formatName, command == u"export" ? QStringLiteral("export writes .json, .antrum, .graphml, .dot, .csv or ArchiMate .xml")
                                                               : QStringLiteral("this version writes .json and .antrum")),
                     command);
    }
    auto loaded = loadOrExit(args.first());
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Model &model = std::get<Loaded *>(loaded)->model;
    if (exportFormat) {
        if (const QString error = saveExport(model, output, *exportFormat); !error.isEmpty()) {
            err() << error << '\n';
            err().flush();
            return FileError;
        }
        out() << exportFilePaths(output, *exportFormat).join(QStringLiteral(", ")) << ": written (" << countsLine(model) << ")\n";
        return Done;
    }
    if (const int code = writeOrExit(model, output, *kind); code != Done)
        return code;
    out() << output << ": written (" << countsLine(model) << ")\n";
    return Done;
}

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON document instead of tables."));
const QCommandLineOption explainOption(QStringLiteral("explain"),
                                       QStringLiteral("Also explain, for every cut set, which redundancy groups it defeats and how."));
const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                    QStringLiteral("Reference date for contract terms and the age of facts (default: the model's "
                                                   "x-antrum-methodology as_of, else today)."),
                                    QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("Simulate the model's scenario ID month by month."),
                                        QStringLiteral("ID"));
const QCommandLineOption templateOption(QStringLiteral("template"),
                                        QStringLiteral("Simulate a scenario template (data/scenarios/*.json) applied to the model."),
                                        QStringLiteral("FILE"));
const QCommandLineOption setOption(QStringLiteral("set"), QStringLiteral("A template parameter: NAME=VALUE (repeatable)."),
                                   QStringLiteral("NAME=VALUE"));
const QCommandLineOption policyOption(QStringLiteral("policy"),
                                      QStringLiteral("How ways back are ranked: fastest, cheapest or most_sovereign (default fastest)."),
                                      QStringLiteral("P"), QStringLiteral("fastest"));
const QCommandLineOption horizonOption(QStringLiteral("horizon"), QStringLiteral("Months to simulate (default 36)."), QStringLiteral("N"),
                                       QStringLiteral("36"));
const QCommandLineOption optionOption(QStringLiteral("option"), QStringLiteral("A procurement option of the model to compare (repeatable)."),
                                      QStringLiteral("ID"));
const QCommandLineOption maxOrderOption(QStringLiteral("max-order"),
                                        QStringLiteral("Cut sets up to this order (1-4, default 2)."), QStringLiteral("K"),
                                        QStringLiteral("2"));
const QCommandLineOption failOption(QStringLiteral("fail"), QStringLiteral("Nodes that fail on their own (comma-separated ids)."),
                                    QStringLiteral("ID,..."));
const QCommandLineOption monteCarloOption(QStringLiteral("monte-carlo"), QStringLiteral("Run N Monte Carlo trials."),
                                          QStringLiteral("N"));
const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
                                    QStringLiteral("1"));
const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Threads for Monte Carlo (default: all cores)."),
                                       QStringLiteral("T"), QStringLiteral("0"));
const QCommandLineOption importanceOption(QStringLiteral("importance-trials"),
                                          QStringLiteral("Trials for the importance measures (default: min(N, 2000))."),
                                          QStringLiteral("M"), QStringLiteral("-1"));
const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("About how many nodes to generate."),
                                     QStringLiteral("N"));

void printJson(const QByteArray &json)
{
    out().flush();
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fflush(stdout);
}

std::optional<qint64> parseCount(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= minimum && value <= maximum ? std::optional<qint64>(value) : std::nullopt;
}

int runAnalyze(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(QStringLiteral("analyze takes exactly one MODEL"), QStringLiteral("analyze"));
    const std::optional<qint64> order = parseCount(parser.value(maxOrderOption), 1, MaxCutSetOrder);
    if (!order)
        return usage(QStringLiteral("--max-order takes a whole number from 1 to %1").arg(MaxCutSetOrder), QStringLiteral("analyze"));
    std::optional<QDate> asOf;
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf->isValid())
            return usage(QStringLiteral("--as-of takes a date as YYYY-MM-DD"), QStringLiteral("analyze"));
    }
    auto loaded = loadOrExit(args.first());
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Model &model = std::get<Loaded *>(loaded)->model;
    MethodologySettings settings = MethodologySettings::fromModel(model);
    if (asOf)
        settings.asOf = *asOf;
    AnalysisOptions options;
    options.maxOrder = int(*order);
    const DependencyAnalysis analysis(model, options);
    const MethodologyResult methodology = assessMethodology(model, settings);
    if (parser.isSet(jsonOption))
        printJson(analysisToJson(analysis, parser.isSet(explainOption), &model, &methodology, [](const QByteArray &piece) {
            out().flush();
            std::fwrite(piece.constData(), 1, std::size_t(piece.size()), stdout);
        }));
    else
        out() << analysisToText(analysis, parser.isSet(explainOption), &model, &methodology);
    return Done;
}

/// The scenario of --template FILE with --set NAME=VALUE..., or the exit code of a failure.
int scenarioFromTemplate(QCommandLineParser &parser, const Model &model, Scenario &scenario)
{
    const QString path = parser.value(templateOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << path << ": " << file.errorString() << '\n';
        err().flush();
        return FileError;
    }
    QStringList errors;
    const std::optional<ScenarioTemplate> tmpl = readScenarioTemplate(file.readAll(), path, &errors);
    QMap<QString, QString> values;
    for (const QString &assignment : parser.values(setOption)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return usage(QStringLiteral("--set takes NAME=VALUE, not \"%1\"").arg(assignment), QStringLiteral("simulate"));
        values.insert(assignment.left(eq).trimmed(), assignment.mid(eq + 1).trimmed());
    }
    std::optional<InstantiatedScenario> instance;
    if (tmpl)
        instance = instantiateTemplate(*tmpl, model, values, QStringLiteral("en"), &errors);
    if (!instance) {
        for (const QString &e : errors)
            err() << e << '\n';
        err().flush();
        return InvalidInput;
    }
    for (const QString &choice : instance->choices)
        err() << path << ": " << choice << '\n';
    err().flush();
    scenario = instance->scenario;
    return Done;
}

int runSimulate(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(QStringLiteral("simulate takes exactly one MODEL"), QStringLiteral("simulate"));
    const int modes = int(parser.isSet(failOption)) + int(parser.isSet(monteCarloOption)) + int(parser.isSet(scenarioOption))
                      + int(parser.isSet(templateOption));
    if (modes != 1)
        return usage(QStringLiteral("simulate needs one of --fail ID[,ID...], --scenario ID, --template FILE or --monte-carlo N"),
                     QStringLiteral("simulate"));
    ScenarioOptions scenarioOptions;
    if (parser.isSet(scenarioOption) || parser.isSet(templateOption)) {
        const std::optional<qint64> horizon = parseCount(parser.value(horizonOption), 1, 600);
        const std::optional<RecoveryPolicy> policy = recoveryPolicyFromString(parser.value(policyOption));
        if (!horizon)
            return usage(QStringLiteral("--horizon takes a number of months from 1 to 600"), QStringLiteral("simulate"));
        if (!policy)
            return usage(QStringLiteral("--policy is fastest, cheapest or most_sovereign"), QStringLiteral("simulate"));
        scenarioOptions.horizonMonths = int(*horizon);
        scenarioOptions.policy = *policy;
        if (parser.isSet(asOfOption)) {
            const QDate asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
            if (!asOf.isValid())
                return usage(QStringLiteral("--as-of takes a date as YYYY-MM-DD"), QStringLiteral("simulate"));
            scenarioOptions.methodology.asOf = asOf;
        }
    }
    std::optional<qint64> trials, importance, threads;
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (parser.isSet(monteCarloOption)) {
        trials = parseCount(parser.value(monteCarloOption), 1, qint64(1) << 40);
        importance = parseCount(parser.value(importanceOption), -1, qint64(1) << 40);
        threads = parseCount(parser.value(threadsOption), 0, 256);
        if (!trials || !importance || !threads || !seedOk)
            return usage(QStringLiteral("--monte-carlo, --importance-trials, --threads and --seed take whole numbers"),
                         QStringLiteral("simulate"));
    }
    auto loaded = loadOrExit(args.first());
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Model &model = std::get<Loaded *>(loaded)->model;

    if (parser.isSet(scenarioOption) || parser.isSet(templateOption)) {
        const QDate asOf = scenarioOptions.methodology.asOf;
        scenarioOptions.methodology = MethodologySettings::fromModel(model);
        if (parser.isSet(asOfOption))
            scenarioOptions.methodology.asOf = asOf;
        Scenario scenario;
        if (parser.isSet(scenarioOption)) {
            const auto found = std::find_if(model.scenarios.begin(), model.scenarios.end(),
                                            [&](const Scenario &s) { return s.id == parser.value(scenarioOption); });
            if (found == model.scenarios.end()) {
                QStringList known;
                for (const Scenario &s : model.scenarios)
                    known << s.id;
                return usage(QStringLiteral("no scenario \"%1\" in %2 (it has: %3)")
                                 .arg(parser.value(scenarioOption), args.first(),
                                      known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))),
                             QStringLiteral("simulate"));
            }
            scenario = *found;
        } else {
            const int code = scenarioFromTemplate(parser, model, scenario);
            if (code != Done)
                return code;
        }
        const ScenarioResult result = simulateScenario(model, scenario, scenarioOptions);
        if (parser.isSet(jsonOption))
            printJson(scenarioToJson(model, result));
        else
            out() << scenarioToText(model, result);
        return Done;
    }

    if (parser.isSet(failOption)) {
        const FailureGraph graph(model, std::get<Loaded *>(loaded)->index);
        std::vector<FailureGraph::Index> seeds;
        QStringList unknown;
        for (const QString &id : parser.value(failOption).split(u',', Qt::SkipEmptyParts)) {
            if (const std::optional<FailureGraph::Index> n = graph.indexOf(id.trimmed()))
                seeds.push_back(*n);
            else
                unknown << id.trimmed();
        }
        if (!unknown.isEmpty() || seeds.empty()) {
            err() << args.first() << ": --fail: " << (unknown.isEmpty() ? QStringLiteral("no node given")
                                                                          : QStringLiteral("unknown node(s) ") + unknown.join(QStringLiteral(", ")))
                  << '\n';
            err().flush();
            return InvalidInput;
        }
        FailurePropagator propagator(graph);
        propagator.fail(seeds);
        if (parser.isSet(jsonOption))
            printJson(failureToJson(graph, propagator.failed()));
        else
            out() << failureToText(graph, seeds, propagator.failed());
        return Done;
    }

    const DependencyAnalysis analysis(model);
    MonteCarloOptions options;
    options.trials = *trials;
    options.seed = seed;
    options.threads = int(*threads);
    options.importanceTrials = *importance;
    const MonteCarloResult result = simulateMonteCarlo(model, analysis, options);
    if (parser.isSet(jsonOption))
        printJson(monteCarloToJson(analysis.graph(), result));
    else
        out() << monteCarloToText(analysis.graph(), result);
    return Done;
}

int runCompare(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(QStringLiteral("compare takes exactly one MODEL"), QStringLiteral("compare"));
    const QStringList optionIds = parser.values(optionOption);
    if (optionIds.isEmpty())
        return usage(QStringLiteral("compare needs at least one --option ID"), QStringLiteral("compare"));
    const std::optional<qint64> order = parseCount(parser.value(maxOrderOption), 1, MaxCutSetOrder);
    const std::optional<qint64> horizon = parseCount(parser.value(horizonOption), 1, 600);
    const std::optional<RecoveryPolicy> policy = recoveryPolicyFromString(parser.value(policyOption));
    if (!order || !horizon || !policy)
        return usage(QStringLiteral("--max-order takes 1 to %1, --horizon 1 to 600 months, --policy fastest, cheapest or most_sovereign")
                         .arg(MaxCutSetOrder),
                     QStringLiteral("compare"));
    std::optional<QDate> asOf;
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf->isValid())
            return usage(QStringLiteral("--as-of takes a date as YYYY-MM-DD"), QStringLiteral("compare"));
    }
    auto loaded = loadOrExit(args.first());
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Model &model = std::get<Loaded *>(loaded)->model;
    ComparisonOptions options;
    options.maxOrder = int(*order);
    options.methodology = MethodologySettings::fromModel(model);
    if (asOf)
        options.methodology.asOf = *asOf;
    options.scenario.horizonMonths = int(*horizon);
    options.scenario.policy = *policy;
    const Comparison comparison = compareOptions(model, optionIds, options);
    if (!comparison.ok()) {
        return usage(comparison.errors.join(QStringLiteral("; ")), QStringLiteral("compare"));
    }
    if (parser.isSet(jsonOption))
        printJson(comparisonToJson(comparison));
    else
        out() << comparisonToText(comparison);
    return Done;
}

int runGenerate(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("generate takes no positional arguments"), QStringLiteral("generate"));
    const std::optional<qint64> nodes = parseCount(parser.value(nodesOption), 20, 50'000'000);
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!nodes || !seedOk)
        return usage(QStringLiteral("generate needs --nodes N (20 or more) and a whole-number --seed"), QStringLiteral("generate"));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usage(QStringLiteral("generate needs -o OUT"), QStringLiteral("generate"));
    const std::optional<ModelFileKind> kind = outputKind(output, parser.value(formatOption));
    if (!kind)
        return usage(QStringLiteral("generate writes .json or .antrum"), QStringLiteral("generate"));
    const Model model = generateModel(int(*nodes), seed);
    if (const int code = writeOrExit(model, output, *kind); code != Done)
        return code;
    out() << output << ": written (" << countsLine(model) << ")\n";
    return Done;
}

const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The report's language: en, nl, de or fr (default: the system's, else en)."),
                                    QStringLiteral("LANG"));
const QCommandLineOption organisationOption(QStringLiteral("organisation"),
                                            QStringLiteral("The organisation on the title page (default: the model's name)."),
                                            QStringLiteral("NAME"));
const QCommandLineOption authorOption(QStringLiteral("author"), QStringLiteral("The author on the title page."), QStringLiteral("NAME"));
const QCommandLineOption logoOption(QStringLiteral("logo"), QStringLiteral("A logo for the title page (PNG, JPEG or SVG)."),
                                    QStringLiteral("FILE"));

int runReport(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(QStringLiteral("report takes exactly one MODEL"), QStringLiteral("report"));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usage(QStringLiteral("report needs -o OUT.pdf or OUT.html"), QStringLiteral("report"));
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption).toLower() : QFileInfo(output).suffix().toLower();
    if (format != u"pdf" && format != u"html" && format != u"htm")
        return usage(QStringLiteral("report writes .pdf or .html (by extension or --format)"), QStringLiteral("report"));
    const QString language = parser.isSet(langOption) ? parser.value(langOption).toLower() : ReportLanguage::defaultLanguage();
    if (!ReportLanguage::languages().contains(language))
        return usage(QStringLiteral("--lang takes %1").arg(ReportLanguage::languages().join(QStringLiteral(" or "))), QStringLiteral("report"));
    QDate asOf;
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return usage(QStringLiteral("--as-of takes a date as YYYY-MM-DD"), QStringLiteral("report"));
    }
    const QString logo = parser.value(logoOption);
    if (!logo.isEmpty() && !QFileInfo(logo).isReadable()) {
        err() << logo << ": cannot read the logo\n";
        err().flush();
        return FileError;
    }
    auto loaded = loadOrExit(args.first());
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Model &model = std::get<Loaded *>(loaded)->model;

    QElapsedTimer timer;
    timer.start();
    // Sentences and numbers in the report's language, from the analyses to the last page.
    const ReportLanguage scope(language);
    if (!scope.ok()) {
        err() << "antrum-cli: the " << language << " translation is missing from this build\n";
        err().flush();
        return FileError;
    }
    const ReportAnalyses analyses = computeReportAnalyses(model, asOf);
    ReportOptions options;
    options.organisation = parser.value(organisationOption);
    options.author = parser.value(authorOption);
    options.logoPath = logo;
    options.date = asOf;
    options.version = QStringLiteral(ANTRUM_VERSION);
    const ReportContent content = buildReportContent(analyses.inputs(model), options);
    ReportWriter writer(content, model, *analyses.analysis);
    QString error;
    const bool written = format == u"pdf" ? writer.writePdf(output, &error) : writer.writeHtml(output, &error);
    if (!written) {
        err() << output << ": " << error << '\n';
        err().flush();
        return FileError;
    }
    out() << output << ": written (";
    if (format == u"pdf")
        out() << writer.pageCount() << " pages, ";
    out() << content.language << ", " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s)\n";
    return Done;
}

const QCommandLineOption acceptOption(QStringLiteral("accept"),
                                      QStringLiteral("Which proposals to apply with -o: all (default) or keys, comma-separated."),
                                      QStringLiteral("all|KEY,..."), QStringLiteral("all"));
const QCommandLineOption catalogueOption(QStringLiteral("catalogue"), QStringLiteral("The catalogue directory (default: the one installed)."),
                                         QStringLiteral("DIR"));

int runEnrich(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(QStringLiteral("enrich takes exactly one MODEL"), QStringLiteral("enrich"));
    const CatalogueLoadResult catalogue = Catalogue::load(parser.isSet(catalogueOption) ? parser.value(catalogueOption) : defaultCatalogueDirectory());
    if (!catalogue.catalogue) {
        printDiagnostics(catalogue.diagnostics);
        return FileError;
    }
    auto loaded = loadOrExit(args.first());
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const Model &model = std::get<Loaded *>(loaded)->model;
    const std::vector<EnrichmentProposal> proposals = proposeEnrichment(model, *catalogue.catalogue);
    // For people: one line per proposal, the applicable ones marked with their key.
    int applicable = 0;
    for (const EnrichmentProposal &p : proposals) {
        applicable += p.applicable();
        out() << (p.applicable() ? QStringLiteral("+ ") : QStringLiteral("  ")) << toString(p.kind).leftJustified(11) << ' '
              << p.message;
        if (p.applicable())
            out() << "  [" << p.key << ']';
        out() << '\n';
    }
    out() << applicable << " facts to add (catalogue as of " << catalogue.catalogue->asOf() << ")\n";
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return Done;
    std::vector<EnrichmentProposal> chosen;
    const QString accept = parser.value(acceptOption);
    const QStringList keys = accept.split(u',', Qt::SkipEmptyParts);
    for (const EnrichmentProposal &p : proposals)
        if (p.applicable() && (accept == u"all" || keys.contains(p.key)))
            chosen.push_back(p);
    if (accept != u"all")
        for (const QString &key : keys)
            if (std::none_of(chosen.begin(), chosen.end(), [&key](const EnrichmentProposal &p) { return p.key == key; }))
                return usage(QStringLiteral("--accept: no applicable proposal has the key \"%1\"").arg(key), QStringLiteral("enrich"));
    const std::optional<ModelFileKind> kind = outputKind(output, parser.value(formatOption));
    if (!kind)
        return usage(QStringLiteral("enrich writes .json or .antrum"), QStringLiteral("enrich"));
    const Model enriched = applyEnrichment(model, chosen);
    if (const int code = writeOrExit(enriched, output, *kind); code != Done)
        return code;
    out() << output << ": written with " << chosen.size() << " facts added (" << countsLine(enriched) << ")\n";
    return Done;
}

QList<Command> commands()
{
    QList<Command> list;
    list.append({QStringLiteral("validate"), QStringLiteral("MODEL"),
                 QStringLiteral("Check a model; print every error with its place."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("MODEL"),
                                             QStringLiteral("A .json model or an .antrum document."));
                 },
                 runValidate});
    list.append({QStringLiteral("import"), QStringLiteral("IN -o OUT.antrum [--mapping MAP.json] [--edges EDGES.csv] [--skip-bad-rows]"),
                 QStringLiteral("Read a JSON model, an ArchiMate exchange file (3.x or 2.1) or a CSV table with a column mapping "
                                "(docs/csv-import.md) into an .antrum document; what does not map is listed on stderr."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("A .json model, an ArchiMate exchange .xml file or a .csv table."));
                     p.addOption(outputOption);
                     p.addOption(formatOption);
                     p.addOption(mappingOption);
                     p.addOption(edgesOption);
                     p.addOption(skipBadRowsOption);
                 },
                 [](QCommandLineParser &p) { return runConvert(p, QStringLiteral("import")); }});
    list.append({QStringLiteral("export"), QStringLiteral("MODEL -o OUT"),
                 QStringLiteral("Write a model as .json, .antrum, .graphml, .dot or .csv (one file per table, see docs/formats.md)."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("MODEL"),
                                             QStringLiteral("A .json model or an .antrum document."));
                     p.addOption(outputOption);
                     p.addOption(formatOption);
                 },
                 [](QCommandLineParser &p) { return runConvert(p, QStringLiteral("export")); }});
    list.append({QStringLiteral("analyze"), QStringLiteral("MODEL [--max-order K] [--explain] [--as-of DATE] [--json]"),
                 QStringLiteral("Single points of failure, cut sets, legal reach and cut-off exposure; lock-in, "
                                "concentration, sovereignty profiles and data quality."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("A .json model or an .antrum document."));
                     p.addOption(maxOrderOption);
                     p.addOption(explainOption);
                     p.addOption(asOfOption);
                     p.addOption(jsonOption);
                 },
                 runAnalyze});
    list.append({QStringLiteral("simulate"),
                 QStringLiteral("MODEL --fail ID[,ID...] | --scenario ID | --template FILE [--set NAME=VALUE]... "
                                "[--policy P] [--horizon N] | --monte-carlo N [--seed S] [--json]"),
                 QStringLiteral("What fails when nodes fail; an exit scenario month by month with the way back and its cost; "
                                "or the chance that each capability fails in a year."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("A .json model or an .antrum document."));
                     p.addOption(failOption);
                     p.addOption(scenarioOption);
                     p.addOption(templateOption);
                     p.addOption(setOption);
                     p.addOption(policyOption);
                     p.addOption(horizonOption);
                     p.addOption(asOfOption);
                     p.addOption(monteCarloOption);
                     p.addOption(seedOption);
                     p.addOption(threadsOption);
                     p.addOption(importanceOption);
                     p.addOption(jsonOption);
                 },
                 runSimulate});
    list.append({QStringLiteral("compare"),
                 QStringLiteral("MODEL --option ID [--option ID ...] [--max-order K] [--policy P] [--horizon N] [--as-of DATE] [--json]"),
                 QStringLiteral("Baseline and procurement options side by side on every figure, differences marked."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("A .json model or an .antrum document."));
                     p.addOption(optionOption);
                     p.addOption(maxOrderOption);
                     p.addOption(policyOption);
                     p.addOption(horizonOption);
                     p.addOption(asOfOption);
                     p.addOption(jsonOption);
                 },
                 runCompare});
    list.append({QStringLiteral("report"),
                 QStringLiteral("MODEL -o OUT.pdf|OUT.html [--lang en|nl|de|fr] [--organisation NAME] [--author NAME] [--logo FILE] [--as-of DATE]"),
                 QStringLiteral("The sovereignty report: summary, findings, scenarios, options and recommendations, as PDF or "
                                "one standalone HTML file, in Dutch or English."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("A .json model or an .antrum document."));
                     p.addOption(outputOption);
                     p.addOption(formatOption);
                     p.addOption(langOption);
                     p.addOption(organisationOption);
                     p.addOption(authorOption);
                     p.addOption(logoOption);
                     p.addOption(asOfOption);
                 },
                 runReport});
    list.append({QStringLiteral("enrich"), QStringLiteral("MODEL [-o OUT] [--accept all|KEY,...] [--catalogue DIR]"),
                 QStringLiteral("Match the model's suppliers to the reference catalogue and propose missing parents, seats "
                                "and laws (never overwriting); with -o, write the model with the accepted ones added."),
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("A .json model or an .antrum document."));
                     p.addOption(outputOption);
                     p.addOption(formatOption);
                     p.addOption(acceptOption);
                     p.addOption(catalogueOption);
                 },
                 runEnrich});
    list.append({QStringLiteral("generate"), QStringLiteral("--nodes N [--seed S] -o OUT"),
                 QStringLiteral("Write a synthetic but realistic model of about N nodes (for benchmarks)."),
                 [](QCommandLineParser &p) {
                     p.addOption(nodesOption);
                     p.addOption(seedOption);
                     p.addOption(outputOption);
                     p.addOption(formatOption);
                 },
                 runGenerate});
    return list;
}

QString generalHelp(const QList<Command> &list)
{
    QString text = QStringLiteral(
        "Usage: antrum-cli COMMAND [ARGUMENTS] [--json]\n"
        "Antrum: find the single points of failure, legal reach and lock-in of an organisation's\n"
        "digital dependencies. MODEL is a .json model or an .antrum document.\n\nCommands:\n");
    for (const Command &c : list)
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.name, c.synopsis, c.summary);
    text += QStringLiteral(
        "\nOptions:\n  --help       this text; 'antrum-cli COMMAND --help' for one command\n"
        "  --version    the version\n\n"
        "Exit codes: 0 done, 1 invalid input, 2 usage error, 3 a file could not be read or written.\n");
    return text;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    const QList<Command> list = commands();
    if (arguments.size() < 2)
        return usage(QStringLiteral("no command given"));
    const QString first = arguments.at(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out() << generalHelp(list);
        return Done;
    }
    if (first == u"--version" || first == u"-v") {
        out() << "antrum-cli " << ANTRUM_VERSION << '\n';
        return Done;
    }
    const auto command = std::find_if(list.begin(), list.end(),
                                      [&](const Command &c) { return c.name == first; });
    if (command == list.end())
        return usage(QStringLiteral("unknown command \"%1\"").arg(first));

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    command->declareOptions(parser);
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(QStringLiteral("antrum-cli ") + command->name);
    if (!parser.parse(commandArguments))
        return usage(parser.errorText(), command->name);
    if (parser.isSet(helpOption)) {
        out() << "Usage: antrum-cli " << command->name << ' ' << command->synopsis << "\n\n"
              << parser.helpText().section(u'\n', 1);
        return Done;
    }
    return command->run(parser);
}

int run(const QStringList &arguments)
{
    const int code = runCommand(arguments);
    out().flush();
    err().flush();
    return code;
}

} // namespace antrum::cli
