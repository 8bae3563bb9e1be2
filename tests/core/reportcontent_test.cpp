// SPDX-License-Identifier: GPL-3.0-or-later
// What the sovereignty report says (core/reportcontent): every chapter, every finding once with
// its recommendations, explanation paths that are true, tables that agree with brute force.
#include "bruteforce.h"
#include "modelbuilders.h"
#include "modelfile.h"
#include "modelgenerator.h"
#include "randommodel.h"
#include "reportcontent.h"
#include "testsupport.h"
#include "validation.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace antrum;

namespace {

struct Built {
    Model model;
    ReportAnalyses analyses;
    ReportContent content;
};

Built build(Model model, ReportOptions options = {})
{
    Built b;
    b.model = std::move(model);
    b.analyses = computeReportAnalyses(b.model, QDate(2026, 11, 23));
    EXPECT_TRUE(b.analyses.complete());
    if (!options.date.isValid())
        options.date = QDate(2026, 11, 23);
    b.content = buildReportContent(b.analyses.inputs(b.model), options);
    return b;
}

Model sample()
{
    const ModelFileResult loaded = loadModelFile(test::samplePath(QStringLiteral("lindewaard.json")));
    EXPECT_TRUE(loaded.model.has_value());
    return *loaded.model;
}

QStringList anchors(const ReportContent &c)
{
    QStringList result;
    for (const ReportBlock *h : c.headings())
        result << h->anchor;
    return result;
}

/// The blocks between the heading `anchor` and the next heading of the same or a higher level.
std::vector<const ReportBlock *> section(const ReportContent &c, const QString &anchor)
{
    std::vector<const ReportBlock *> result;
    int level = 0;
    for (const ReportBlock &b : c.blocks) {
        if (b.kind == ReportBlock::Kind::Heading) {
            if (level && b.level <= level)
                break;
            if (b.anchor == anchor) {
                level = b.level;
                continue;
            }
        }
        if (level)
            result.push_back(&b);
    }
    return result;
}

const ReportTable *tableCaptioned(const ReportContent &c, const QString &caption)
{
    for (const ReportBlock &b : c.blocks)
        if (b.kind == ReportBlock::Kind::Table && b.table.caption == caption)
            return &b.table;
    return nullptr;
}

/// What every report must keep, whatever the model.
void checkInvariants(const Built &b, const std::string &where)
{
    SCOPED_TRACE(where);
    const ReportContent &c = b.content;
    const ReportFindings &findings = *b.analyses.findings;

    // Chapters in order, each once.
    QStringList chapters;
    for (const ReportBlock *h : c.headings())
        if (h->level == 1)
            chapters << h->anchor;
    EXPECT_EQ(chapters, (QStringList{QStringLiteral("summary"), QStringLiteral("method"), QStringLiteral("findings"),
                                     QStringLiteral("scenarios"), QStringLiteral("options"), QStringLiteral("recommendations"),
                                     QStringLiteral("appendix")}));
    const QStringList all = anchors(c);
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), all.size()) << "anchors repeat";
    for (const QString &area : findingAreas()) {
        if (area != u"scenario") {
            EXPECT_TRUE(all.contains(QStringLiteral("findings-") + area)) << area.toStdString();
        }
    }

    // Every finding once in chapters 3 and 4, with every recommendation derived from it.
    QHash<QString, int> seen;
    bool inSummary = true;
    for (const ReportBlock &block : c.blocks) {
        if (block.kind == ReportBlock::Kind::Heading && block.level == 1)
            inSummary = block.anchor == u"summary";
        if (block.kind != ReportBlock::Kind::Finding || inSummary)
            continue;
        ++seen[block.finding.id];
        const Finding *f = findings.find(block.finding.id);
        ASSERT_NE(f, nullptr) << block.finding.id.toStdString();
        EXPECT_EQ(block.finding.title, f->title);
        EXPECT_EQ(block.finding.text, f->text);
        EXPECT_EQ(block.finding.actions.size(), findings.recommendationsFor(f->id).size());
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    // The rest of each area is listed in short: together every finding, once.
    QStringList listed;
    for (const ReportBlock &block : c.blocks)
        if (block.kind == ReportBlock::Kind::Table && block.table.caption == u"Further findings in this area")
            for (const QStringList &row : block.table.rows)
                listed << row[1];
    QStringList expectedListed;
    for (const Finding &f : findings.findings)
        if (!seen.contains(f.id))
            expectedListed << f.title;
    listed.sort();
    expectedListed.sort();
    EXPECT_EQ(listed, expectedListed);
    // At most maxFindingsPerArea in full per area (scenarios: per scenario).
    QHash<QString, int> fullPerArea;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const Finding *f = findings.find(it.key());
        ++fullPerArea[f->area == u"scenario" ? f->id.section(u':', 0, 1) : f->area];
    }
    for (auto it = fullPerArea.cbegin(); it != fullPerArea.cend(); ++it)
        EXPECT_LE(it.value(), ReportOptions{}.maxFindingsPerArea) << it.key().toStdString();

    // The summary shows the most urgent findings, in order, each with at most one action.
    std::vector<QString> urgent;
    for (const ReportBlock *block : section(c, QStringLiteral("summary-urgent")))
        if (block->kind == ReportBlock::Kind::Finding) {
            urgent.push_back(block->finding.id);
            EXPECT_LE(block->finding.actions.size(), 1u);
        }
    std::vector<QString> expected;
    for (const Finding *f : mostUrgentFindings(findings))
        expected.push_back(f->id);
    EXPECT_EQ(urgent, expected);

    // The recommendations table lists every recommendation, in order.
    const ReportTable *recs = tableCaptioned(c, QStringLiteral("All recommendations by priority"));
    if (findings.recommendations.empty()) {
        EXPECT_EQ(recs, nullptr);
    } else {
        ASSERT_NE(recs, nullptr);
        ASSERT_EQ(recs->rows.size(), findings.recommendations.size());
        for (std::size_t i = 0; i < recs->rows.size(); ++i) {
            EXPECT_EQ(recs->rows[i][2], findings.recommendations[i].title);
            EXPECT_EQ(recs->rows[i][4], findings.recommendations[i].rule);
        }
    }

    // Explanation paths: from a capability of the finding to its subject, along real edges.
    const QHash<QString, int> index = b.model.nodeIndex();
    QHash<QString, QString> byName;
    for (const Node &n : b.model.nodes)
        byName.insert(n.name.isEmpty() ? n.id : n.name, n.id);
    for (const ReportBlock &block : c.blocks) {
        if (block.kind != ReportBlock::Kind::Finding)
            continue;
        const Finding *f = findings.find(block.finding.id);
        for (const QString &path : block.finding.paths) {
            if (path.startsWith(u'('))
                continue; // "(and the same for n more)"
            const QStringList names = path.split(QStringLiteral(" → "));
            ASSERT_GE(names.size(), 2) << path.toStdString();
            const QString subject = b.model.nodes[std::size_t(index.value(f->nodes.first()))].name;
            EXPECT_EQ(names.last(), subject.isEmpty() ? f->nodes.first() : subject);
            const QString first = byName.value(names.first());
            EXPECT_TRUE(f->capabilities.contains(first)) << path.toStdString();
            // The subject is a single point of failure of that capability, by brute force.
            EXPECT_TRUE(bruteforce::spofs(b.model, first).count(f->nodes.first())) << path.toStdString();
        }
    }

    // Table cells are filled, rows as wide as their header, tones one per row.
    for (const ReportBlock &block : c.blocks) {
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        EXPECT_FALSE(block.table.caption.isEmpty());
        for (const QStringList &row : block.table.rows)
            EXPECT_EQ(row.size(), block.table.header.size()) << block.table.caption.toStdString();
        EXPECT_TRUE(block.table.tones.empty() || block.table.tones.size() == block.table.rows.size()) << block.table.caption.toStdString();
        EXPECT_LE(block.table.widths.size(), block.table.header.size());
    }

    // No placeholder left unfilled, no empty heading.
    const QRegularExpression placeholder(QStringLiteral("%[0-9n]"));
    const QString text = c.plainText();
    const QRegularExpressionMatch m = placeholder.match(text);
    EXPECT_FALSE(m.hasMatch()) << text.mid(std::max<qsizetype>(0, m.capturedStart() - 60), 120).toStdString();
    for (const ReportBlock *h : c.headings())
        EXPECT_FALSE(h->text.trimmed().isEmpty());
}

} // namespace

TEST(ReportContent, SampleHasEveryChapterAndSection)
{
    const Built b = build(sample(), {QStringLiteral("Gemeente Lindewaard"), QStringLiteral("A. Adviseur"), {}, {}, QStringLiteral("9.9")});
    checkInvariants(b, "sample");
    const ReportContent &c = b.content;
    EXPECT_EQ(c.title, QStringLiteral("Sovereignty report"));
    EXPECT_EQ(c.organisation, QStringLiteral("Gemeente Lindewaard"));
    EXPECT_EQ(c.author, QStringLiteral("A. Adviseur"));
    EXPECT_EQ(c.dateText, QStringLiteral("23 November 2026"));
    EXPECT_EQ(c.version, QStringLiteral("9.9"));
    const QStringList a = anchors(c);
    for (const Scenario &s : b.model.scenarios)
        EXPECT_TRUE(a.contains(QStringLiteral("scenario-") + s.id)) << s.id.toStdString();
    // The sample has more single points of failure than are given in full.
    EXPECT_NE(tableCaptioned(c, QStringLiteral("Further findings in this area")), nullptr);
    for (const char *anchor : {"summary-urgent", "summary-first", "summary-figures", "appendix-rules", "appendix-inventory", "appendix-about"})
        EXPECT_TRUE(a.contains(QString::fromLatin1(anchor))) << anchor;
}

TEST(ReportContent, SampleSummaryCarriesTheKeyFindings)
{
    const Built b = build(sample());
    const auto summary = section(b.content, QStringLiteral("summary"));
    const ReportBlock *figures = nullptr;
    for (const ReportBlock *block : summary)
        if (block->kind == ReportBlock::Kind::KeyFigures)
            figures = block;
    ASSERT_NE(figures, nullptr);
    ASSERT_EQ(figures->figures.size(), 5u);
    // The figures of the dashboard, computed independently from the analysis.
    int without = 0;
    for (const CapabilityFindings &cf : b.analyses.analysis->capabilities())
        without += cf.spofs.empty();
    EXPECT_EQ(figures->figures[0].value, QStringLiteral("%1 of %2").arg(without).arg(b.analyses.analysis->capabilities().size()));

    // The three most urgent findings of the sample: the US cut-off, the sanctions scenario and
    // Entra ID as a single point of failure (docs/recommendations.md).
    const auto urgent = section(b.content, QStringLiteral("summary-urgent"));
    QStringList ids;
    for (const ReportBlock *block : urgent)
        if (block->kind == ReportBlock::Kind::Finding)
            ids << block->finding.id;
    ASSERT_EQ(ids.size(), 3);
    EXPECT_EQ(ids[0], QStringLiteral("cutoff:US"));
    EXPECT_TRUE(b.content.plainText().contains(QStringLiteral("Entra ID")));

    // The what-to-do-first list holds every priority-1 recommendation (up to eight).
    int first = 0;
    for (const Recommendation &r : b.analyses.findings->recommendations)
        first += r.priority == 1;
    for (const ReportBlock *block : section(b.content, QStringLiteral("summary-first"))) {
        if (block->kind == ReportBlock::Kind::Bullets) {
            EXPECT_EQ(block->items.size(), std::min(first, 8));
        }
    }
}

TEST(ReportContent, SpofTableAgreesWithBruteForceAndTheGraphShowsTheWorstCapability)
{
    const Built b = build(sample());
    const ReportTable *t = tableCaptioned(b.content, QStringLiteral("Single points of failure per capability"));
    ASSERT_NE(t, nullptr);
    int with = 0;
    QHash<QString, int> counts;
    for (const Node &n : b.model.nodes)
        if (n.kind == NodeKind::Capability) {
            const auto s = bruteforce::spofs(b.model, n.id);
            with += !s.empty();
            counts.insert(n.name, int(s.size()));
        }
    ASSERT_EQ(int(t->rows.size()), with);
    for (const QStringList &row : t->rows)
        EXPECT_EQ(row[2].toInt(), counts.value(row[0])) << row[0].toStdString();

    int graphs = 0;
    for (const ReportBlock &block : b.content.blocks)
        if (block.kind == ReportBlock::Kind::Chart && block.chart.kind == ReportChart::Kind::Graph) {
            ++graphs;
            const Node *c = b.model.findNode(block.chart.capability);
            ASSERT_NE(c, nullptr);
            EXPECT_EQ(c->kind, NodeKind::Capability);
            // It draws what the capability depends on, and the capability has single points
            // of failure.
            EXPECT_GT(counts.value(c->name), 0);
            EXPECT_TRUE(block.chart.nodes.contains(c->id));
            // Exactly what it depends on, transitively (an independent walk over the edges).
            QSet<QString> closure{c->id};
            for (bool grew = true; grew;) {
                grew = false;
                for (const Edge &e : b.model.edges)
                    if (isDependency(e.kind) && closure.contains(e.from) && !closure.contains(e.to)) {
                        closure.insert(e.to);
                        grew = true;
                    }
            }
            EXPECT_EQ(QSet<QString>(block.chart.nodes.begin(), block.chart.nodes.end()), closure);
            EXPECT_LE(block.chart.nodes.size(), 30);
        }
    EXPECT_EQ(graphs, 1);
}

TEST(ReportContent, InventoryListsEveryNodeAndCapsLongTables)
{
    const Model model = sample();
    const Built b = build(model);
    const QString text = b.content.plainText();
    const auto appendix = section(b.content, QStringLiteral("appendix-inventory"));
    QStringList names;
    for (const ReportBlock *block : appendix)
        if (block->kind == ReportBlock::Kind::Table)
            for (const QStringList &row : block->table.rows)
                names << QString(row.first()).remove(QStringLiteral(" (alternative)"));
    for (const Node &n : model.nodes)
        EXPECT_TRUE(names.contains(n.name.isEmpty() ? n.id : n.name)) << n.id.toStdString();

    ReportOptions small;
    small.maxInventoryRows = 3;
    small.maxTableRows = 2;
    const Built capped = build(model, small);
    for (const ReportBlock &block : capped.content.blocks)
        if (block.kind == ReportBlock::Kind::Table && block.table.caption != u"All recommendations by priority"
            && block.table.caption != u"Rules R1–R11" && block.table.caption != u"Today and the options compared"
            && block.table.caption != u"Concentration indices") {
            EXPECT_LE(block.table.rows.size(), 3u) << block.table.caption.toStdString();
        }
    EXPECT_TRUE(capped.content.plainText().contains(QStringLiteral("more rows not shown")));
}

TEST(ReportContent, NumbersAndDatesFollowTheLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const Built b = build(sample());
    QLocale::setDefault(before);
    EXPECT_EQ(b.content.language, QStringLiteral("nl"));
    EXPECT_EQ(b.content.dateText, QStringLiteral("23 november 2026"));
    // Dutch groups thousands with a dot and writes decimals with a comma.
    EXPECT_TRUE(b.content.plainText().contains(QRegularExpression(QStringLiteral("€ [0-9]{1,3}\\.[0-9]{3}"))));
    EXPECT_TRUE(b.content.plainText().contains(QRegularExpression(QStringLiteral("\\b[0-9]+,[0-9]\\b"))));
}

TEST(ReportContent, UserTextStaysPlainTextForTheRenderersToEscape)
{
    Model model = sample();
    const QString hostile = QStringLiteral("<script>alert(1)</script> & \"x\"");
    for (Node &n : model.nodes)
        if (n.id == u"app-entra")
            n.name = hostile;
    const Built b = build(model, {hostile, hostile});
    EXPECT_EQ(b.content.organisation, hostile);
    EXPECT_EQ(b.content.author, hostile);
    EXPECT_TRUE(b.content.plainText().contains(hostile));
    EXPECT_FALSE(b.content.plainText().contains(QStringLiteral("&lt;")));
}

TEST(ReportContent, IsDeterministic)
{
    const Built a = build(sample()), b = build(sample());
    EXPECT_EQ(a.content.plainText(), b.content.plainText());
}

TEST(ReportContent, AModelWithoutScenariosOptionsOrFindingsStillReads)
{
    Model model;
    model.name = QStringLiteral("tiny");
    model.nodes.push_back(test::makeNode(QStringLiteral("cap"), NodeKind::Capability));
    const Built b = build(model);
    checkInvariants(b, "tiny");
    const QString text = b.content.plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("The model holds no exit scenarios")));
    EXPECT_TRUE(text.contains(QStringLiteral("The model describes no procurement options")));
}

TEST(ReportContent, CancelledAnalysesGiveNothing)
{
    const Model model = sample();
    int calls = 0;
    const ReportAnalyses a = computeReportAnalyses(model, {}, [&calls](double) { return ++calls < 3; });
    EXPECT_FALSE(a.complete());
}

TEST(ReportContent, PropertyRandomModelsKeepEveryInvariant)
{
    int checked = 0;
    for (unsigned seed = 1; seed <= 40; ++seed) {
        test::RandomModelGenerator generator(seed);
        test::RandomModelOptions options;
        options.nodes = 6 + int(seed % 12);
        options.edges = options.nodes + int(seed % 15);
        Model model = generator.generate(options);
        if (!validateModel(model).empty())
            continue;
        ++checked;
        const Built b = build(std::move(model));
        checkInvariants(b, "random seed " + std::to_string(seed));
    }
    EXPECT_GT(checked, 20);
    for (unsigned seed = 1; seed <= 4; ++seed) {
        const Built b = build(generateModel(60 + int(seed) * 20, seed));
        checkInvariants(b, "generated seed " + std::to_string(seed));
    }
}
