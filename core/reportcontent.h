// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "dependencyanalysis.h"
#include "methodology.h"
#include "model.h"
#include "optioncomparison.h"
#include "recommendations.h"
#include "scenariosimulation.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

/// The sovereignty report as content: chapters, paragraphs, tables, charts and findings in
/// the language of the translator installed while it is built, and nothing about how it
/// looks. Every string is plain text (never markup): the renderers (ui/reportwriter, PDF and
/// HTML) escape it. Keeping the content here lets the tests read what the report says without
/// drawing it, and lets both renderers say the same thing.
namespace antrum {

/// What the title page and the footers say; all optional.
struct ReportOptions {
    QString organisation;  ///< empty: the model's name
    QString author;
    QString logoPath;      ///< an image file for the title page (PNG, JPEG or SVG)
    QDate date;            ///< invalid: today
    QString version;       ///< Antrum's version, for the colophon
    /// How many rows a table of the appendix (the inventory) lists before it says how many more
    /// there are: a report on 100,000 nodes stays readable.
    int maxInventoryRows = 400;
    /// How many rows a table of findings (cut sets, exposure ...) lists before "and N more".
    int maxTableRows = 60;
    /// How many findings of an area are given in full; the others are listed in a table.
    int maxFindingsPerArea = 12;
    /// How many recommendations chapter 6 lists (the most urgent first).
    int maxRecommendationRows = 150;
};

/// A tone marks a row, a key figure or a cell as good, a warning or bad (colour and symbol).
enum class ReportTone { None, Good, Warning, Bad };

struct ReportTable {
    QString caption;              ///< "Single points of failure of vital capabilities" (numbered by the renderer)
    QStringList header;
    std::vector<QStringList> rows;
    QList<bool> numeric;          ///< per column: right-aligned (numbers); may be shorter than header
    QList<int> widths;            ///< per column: relative width in percent; empty: automatic
    std::vector<ReportTone> tones; ///< per row; empty: no tones
    QString note;                 ///< under the table, e.g. "and 120 more; the CSV export lists all"
};

struct ReportChart {
    enum class Kind { Bars, Graph };
    Kind kind = Kind::Bars;
    QString caption;              ///< numbered by the renderer ("Figure 3: ...")
    // Bars
    BarChartData bars;
    bool horizontal = true;
    bool stacked = true;
    QString valueFormat = QStringLiteral("%.0f");
    double maximum = 0;           ///< 0: from the data
    /// Height over width of the picture; the renderers scale it to the text width.
    double aspect = 0.6;
    // Graph: the dependency graph with the single points of failure of `capability` marked and
    // the paths that explain them drawn (GraphView::highlightSpofs); when `nodes` is not empty
    // only those nodes (and the edges between them) are drawn.
    QString capability;
    QStringList nodes;
};

struct ReportKeyFigure {
    QString label;  ///< "Capabilities without a single point of failure"
    QString value;  ///< "0 of 14"
    QString detail; ///< one line with names
    ReportTone tone = ReportTone::None;
};

/// A finding as the report prints it: its title and sentences, how severe, the paths that
/// explain it, and the recommendations derived from it.
struct ReportFinding {
    QString id;       ///< Finding::id
    int severity = 1; ///< 1..5
    QString severityText; ///< "Severity 5: vital" (translated)
    QString title;
    QString text;
    QStringList paths; ///< explanation paths as text, capability first: "E-mail → Exchange Online → ..."
    struct Action {
        QString rule;      ///< "R1"
        int priority = 3;
        QString priorityText; ///< "Priority 1: act now"
        QString title;
        QString text;
        QString rationale;
        QString source;
    };
    std::vector<Action> actions;
};

struct ReportBlock {
    enum class Kind {
        Heading,    ///< level 1 (chapter, starts a page in the PDF) or 2 (section); in the table of contents
        Paragraph,  ///< text
        Bullets,    ///< items
        Note,       ///< text set apart (a caveat, a reading aid)
        KeyFigures, ///< figures, as tiles
        Table,      ///< table
        Chart,      ///< chart
        Finding,    ///< finding
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    QString anchor;   ///< Heading: a stable id ("summary", "findings-spof"), for links and the TOC
    QString text;
    QStringList items;
    std::vector<ReportKeyFigure> figures;
    ReportTable table;
    ReportChart chart;
    ReportFinding finding;
};

/// The words the renderers need around the content (translated with it).
struct ReportLabels {
    QString contents;    ///< "Contents"
    QString page;        ///< "Page %1 of %2"
    QString figure;      ///< "Figure %1"
    QString table;       ///< "Table %1"
    QString recommendation; ///< "Recommendation"
    QString rationale;   ///< "Why"
    QString source;      ///< "Source"
    QString explanation; ///< "Why it fails"
    QString preparedFor; ///< "Prepared for"
    QString author;      ///< "Author"
    QString date;        ///< "Date"
    QString generatedBy; ///< "Made with Antrum %1 from the model “%2”."
};

struct ReportContent {
    QString language;      ///< "nl" or "en": the HTML lang attribute, hyphenation
    QString title;         ///< "Sovereignty report"
    QString subtitle;      ///< "Digital dependencies and exit options of <organisation>"
    QString organisation;
    QString author;
    QString dateText;      ///< the date in the report's language
    QString logoPath;
    QString modelName;
    QString version;
    ReportLabels labels;
    std::vector<ReportBlock> blocks;

    /// Every text of the report in order, one per line: headings, paragraphs, items, table
    /// cells, figures, findings and actions (tests, and the plain-text check of translations).
    QString plainText() const;
    /// The level-1 and level-2 headings, in order.
    std::vector<const ReportBlock *> headings() const;
};

/// The inputs of a report: the analyses of one model, computed beforehand (off the GUI thread).
struct ReportInputs {
    const Model *model = nullptr;
    const DependencyAnalysis *analysis = nullptr;
    const MethodologyResult *methodology = nullptr;
    const ReportFindings *findings = nullptr;
    /// Results of the model's stored scenarios (simulateScenario), in the model's order.
    const std::vector<ScenarioResult> *scenarios = nullptr;
    /// compareOptions() over the model's options, or null when it has none.
    const Comparison *comparison = nullptr;
};

/// Builds the report's content: title page data; executive summary (key figures, the three
/// most urgent findings, what to do first); how the analysis works (short, pointing to
/// docs/methodology.md); findings per area (single points of failure with their explanation
/// paths, cut sets of order 2, jurisdiction exposure, concentration, lock-in, sovereignty
/// profile, data quality); scenario results; option comparison; recommendations; appendix
/// (the rules, the full inventory). Sentences come from tr() with the installed translator
/// and numbers from the default QLocale: set both to the report's language first.
/// Deterministic for the same inputs and options.
ReportContent buildReportContent(const ReportInputs &inputs, const ReportOptions &options);

/// Everything a report needs, computed on `model`: analysis (cut sets up to order 2, with
/// explanations), methodology, every stored scenario, the comparison of every option, the
/// findings. Slow on big models (seconds at 100,000 nodes): call it off the GUI thread.
/// `progress` gets the share done (0..1) and returns false to cancel; the result is then
/// empty (null members).
/// Copyable (shared, immutable results), so that it can travel through a QFuture.
struct ReportAnalyses {
    std::shared_ptr<DependencyAnalysis> analysis;
    std::shared_ptr<MethodologyResult> methodology;
    std::vector<ScenarioResult> scenarios;
    std::shared_ptr<Comparison> comparison;
    std::shared_ptr<ReportFindings> findings;
    bool complete() const { return analysis && methodology && findings; }
    ReportInputs inputs(const Model &model) const;
};
ReportAnalyses computeReportAnalyses(const Model &model, QDate asOf = {},
                                     const std::function<bool(double)> &progress = {});

} // namespace antrum
