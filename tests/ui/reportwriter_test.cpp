// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "chartdata.h"
#include "modeljson.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace antrum;

namespace {

const QString Hostile = QStringLiteral("<script>alert(1)</script> & \"quotes\"");

struct Sample {
    Model model;
    std::unique_ptr<DependencyAnalysis> analysis;
    std::unique_ptr<MethodologyResult> methodology;
};

const Sample &sample()
{
    static const Sample s = [] {
        QFile file(test::samplePath(QStringLiteral("lindewaard.json")));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        Sample out;
        out.model = readModelJson(file.readAll(), file.fileName()).model.value();
        out.analysis = std::make_unique<DependencyAnalysis>(out.model);
        out.methodology = std::make_unique<MethodologyResult>(
            assessMethodology(out.model, MethodologySettings::fromModel(out.model)));
        return out;
    }();
    return s;
}

ReportContent baseContent()
{
    ReportContent c;
    c.language = QStringLiteral("en");
    c.title = QStringLiteral("Sovereignty report");
    c.subtitle = QStringLiteral("Digital dependencies and exit options of Lindewaard");
    c.organisation = QStringLiteral("Municipality of Lindewaard");
    c.author = QStringLiteral("Information security office");
    c.dateText = QStringLiteral("23 November 2026");
    c.modelName = QStringLiteral("Lindewaard");
    c.version = QStringLiteral("0.9.0");
    c.labels.contents = QStringLiteral("Contents");
    c.labels.page = QStringLiteral("Page %1 of %2");
    c.labels.figure = QStringLiteral("Figure %1");
    c.labels.table = QStringLiteral("Table %1");
    c.labels.recommendation = QStringLiteral("Recommendation");
    c.labels.rationale = QStringLiteral("Why");
    c.labels.source = QStringLiteral("Source");
    c.labels.explanation = QStringLiteral("Why it fails");
    c.labels.preparedFor = QStringLiteral("Prepared for");
    c.labels.author = QStringLiteral("Author");
    c.labels.date = QStringLiteral("Date");
    c.labels.generatedBy = QStringLiteral("Made with Antrum %1 from the model \u201C%2\u201D.");
    return c;
}

ReportBlock heading(int level, const QString &text, const QString &anchor)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.level = level;
    b.text = text;
    b.anchor = anchor;
    return b;
}

ReportBlock paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock tableBlock(const QString &caption, const QStringList &header, std::vector<QStringList> rows)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table.caption = caption;
    b.table.header = header;
    b.table.rows = std::move(rows);
    return b;
}

ReportBlock barChart(const QString &caption, const BarChartData &data, double aspect = 0.6)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart.caption = caption;
    b.chart.bars = data;
    b.chart.aspect = aspect;
    return b;
}

ReportBlock graphChart(const QString &caption, const QString &capability)
{
    // What the capability depends on, as the report draws it for large models.
    const Model &m = sample().model;
    QStringList nodes{capability};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Edge &e : m.edges)
            if (nodes.contains(e.from) && !nodes.contains(e.to)) {
                nodes << e.to;
                grew = true;
            }
    }
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart.kind = ReportChart::Kind::Graph;
    b.chart.caption = caption;
    b.chart.capability = capability;
    b.chart.nodes = nodes;
    return b;
}

ReportBlock finding(const QString &title, const QString &text, int severity)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Finding;
    b.finding.id = QStringLiteral("spof-cap-mail");
    b.finding.severity = severity;
    b.finding.severityText = QStringLiteral("Severity %1").arg(severity);
    b.finding.title = title;
    b.finding.text = text;
    b.finding.paths = {QStringLiteral("E-mail \u2192 Exchange Online \u2192 Microsoft Corporation"),
                       QStringLiteral("E-mail \u2192 Entra ID \u2192 Microsoft Corporation")};
    ReportFinding::Action a;
    a.rule = QStringLiteral("R1");
    a.priority = 1;
    a.priorityText = QStringLiteral("Priority 1: act now");
    a.title = QStringLiteral("Prepare an exit plan for e-mail");
    a.text = QStringLiteral("Write down how e-mail keeps working when the supplier stops.");
    a.rationale = QStringLiteral("A single supplier stops a vital capability.");
    a.source = QStringLiteral("BIO 5.30");
    b.finding.actions.push_back(a);
    return b;
}

BarChartData hostileBars()
{
    BarChartData d;
    d.title = QStringLiteral("Hostile chart");
    d.valueTitle = QStringLiteral("capabilities");
    d.categories = {Hostile, QStringLiteral("Plain")};
    d.categoryIds = {QString(), QString()};
    BarChartData::Series s;
    s.key = QStringLiteral("criticality-5");
    s.name = QStringLiteral("Vital");
    s.values = {3, 1};
    s.ids = {{}, {}};
    d.series.push_back(s);
    return d;
}

/// A hostile string in every place the content has text.
ReportContent hostileContent()
{
    ReportContent c = baseContent();
    c.title = Hostile;
    c.organisation = Hostile;
    c.author = Hostile;
    c.subtitle = Hostile;
    c.blocks.push_back(heading(1, Hostile, QStringLiteral("summary")));
    c.blocks.push_back(paragraph(Hostile));
    ReportBlock bullets;
    bullets.kind = ReportBlock::Kind::Bullets;
    bullets.items = {Hostile, QStringLiteral("second")};
    c.blocks.push_back(bullets);
    ReportBlock figures;
    figures.kind = ReportBlock::Kind::KeyFigures;
    figures.figures.push_back({Hostile, Hostile, Hostile, ReportTone::Bad});
    c.blocks.push_back(figures);
    c.blocks.push_back(tableBlock(Hostile, {Hostile, QStringLiteral("Count")}, {{Hostile, QStringLiteral("3")}}));
    ReportBlock f = finding(Hostile, Hostile, 5);
    f.finding.paths = {Hostile};
    f.finding.actions[0].title = Hostile;
    f.finding.actions[0].text = Hostile;
    c.blocks.push_back(f);
    c.blocks.push_back(barChart(Hostile, hostileBars()));
    return c;
}

struct ToolResult {
    bool started = false;
    int exitCode = -1;
    QString out;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    ToolResult r;
    QProcess process;
    process.start(program, arguments);
    r.started = process.waitForStarted(20000);
    if (!r.started) {
        ADD_FAILURE() << program.toStdString() << " did not start (scripts/install-deps installs poppler-utils)";
        return r;
    }
    process.waitForFinished(120000);
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_EQ(r.exitCode, 0) << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    return r;
}

QString pdfText(const QString &path, int first = 0, int last = 0, bool layout = false)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout)
        args << QStringLiteral("-layout");
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args).out;
}

/// The text in a band of page `page` (in points from the top of the page).
QString pdfTextBand(const QString &path, int page, double top, double height)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), QStringLiteral("-r"), QStringLiteral("72"),
                    QStringLiteral("-x"), QStringLiteral("0"), QStringLiteral("-y"), QString::number(qRound(top)),
                    QStringLiteral("-W"), QStringLiteral("595"), QStringLiteral("-H"), QString::number(qRound(height)),
                    path, QStringLiteral("-")})
        .out;
}

int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path}).out;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                         QRegularExpression::MultilineOption)
                                          .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfInfo(const QString &path)
{
    return runTool(QStringLiteral("pdfinfo"), {path}).out;
}

/// The raster images in the PDF (`pdfimages -list`, soft masks not counted).
int pdfRasterImages(const QString &path)
{
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                  .out.split(u'\n', Qt::SkipEmptyParts);
    int images = 0;
    for (const QString &line : lines.mid(2)) // two header lines
        if (line.simplified().split(u' ').value(2) == u"image")
            ++images;
    return images;
}

/// The number of the first page whose text contains `needle` (0: none).
int pageWith(const QString &path, int pages, const QString &needle)
{
    for (int p = 1; p <= pages; ++p)
        if (pdfText(path, p, p).contains(needle))
            return p;
    return 0;
}

/// A realistic report: chapters, key figures, charts of the sample, a graph, a long table,
/// findings with actions, notes and bullets.
ReportContent sampleContent()
{
    const Sample &s = sample();
    ReportContent c = baseContent();
    c.blocks.push_back(heading(1, QStringLiteral("Summary"), QStringLiteral("summary")));
    c.blocks.push_back(paragraph(QStringLiteral(
        "Lindewaard depends on a few suppliers for most of what it does. This report shows where a single supplier, "
        "host or jurisdiction can stop a capability on its own, how hard it is to leave each application, and what "
        "to do first. The figures below sum it up; the chapters after it explain each of them.")));
    ReportBlock figures;
    figures.kind = ReportBlock::Kind::KeyFigures;
    for (const KeyFigure &k : dashboardFigures(s.model, *s.analysis, *s.methodology)) {
        const ReportTone tone = k.tone == KeyFigure::Tone::Good      ? ReportTone::Good
                                : k.tone == KeyFigure::Tone::Warning ? ReportTone::Warning
                                : k.tone == KeyFigure::Tone::Bad     ? ReportTone::Bad
                                                                     : ReportTone::None;
        figures.figures.push_back({k.label, k.value, k.detail, tone});
    }
    c.blocks.push_back(figures);
    ReportBlock note;
    note.kind = ReportBlock::Kind::Note;
    note.text = QStringLiteral("All figures describe the model as it was entered. Unknown values count at their worst, "
                               "so better data can only make the picture better.");
    c.blocks.push_back(note);
    ReportBlock bullets;
    bullets.kind = ReportBlock::Kind::Bullets;
    bullets.items = {QStringLiteral("Make an exit plan for e-mail and identity."),
                     QStringLiteral("Ask the hosting supplier where the data is kept."),
                     QStringLiteral("Record the notice periods of the five largest contracts.")};
    c.blocks.push_back(heading(2, QStringLiteral("What to do first"), QStringLiteral("first")));
    c.blocks.push_back(bullets);

    c.blocks.push_back(heading(1, QStringLiteral("Single points of failure"), QStringLiteral("findings-spof")));
    c.blocks.push_back(paragraph(QStringLiteral("A single point of failure stops a capability on its own.")));
    c.blocks.push_back(barChart(QStringLiteral("Single points of failure ranked by what they stop"),
                                spofRankingChart(s.model, *s.analysis), 0.55));
    c.blocks.push_back(graphChart(QStringLiteral("What e-mail depends on; its single points of failure in red"),
                                  QStringLiteral("cap-mail")));
    c.blocks.push_back(finding(QStringLiteral("E-mail stops when Microsoft stops"),
                               QStringLiteral("E-mail and agenda has 4 single points of failure, all of one supplier."),
                               5));
    c.blocks.push_back(finding(QStringLiteral("The website has one host"),
                               QStringLiteral("The website runs at one hosting company without a fallback."), 3));
    c.blocks.push_back(heading(2, QStringLiteral("Jurisdictions"), QStringLiteral("jurisdictions")));
    c.blocks.push_back(barChart(QStringLiteral("Capabilities a jurisdiction can cut off or reach"),
                                jurisdictionExposureChart(s.model, *s.analysis), 0.6));

    c.blocks.push_back(heading(1, QStringLiteral("Lock-in"), QStringLiteral("lock-in")));
    c.blocks.push_back(paragraph(QStringLiteral("How hard it is to leave the application each capability needs.")));
    c.blocks.push_back(barChart(QStringLiteral("Lock-in per capability, by factor"), lockInChart(s.model, *s.methodology),
                                0.75));
    ReportBlock f = finding(QStringLiteral("Leaving the tax system takes years"),
                            QStringLiteral("The tax system scores 77 of 100 on lock-in."), 4);
    f.finding.actions.push_back(f.finding.actions.front());
    f.finding.actions.back().rule = QStringLiteral("R7");
    f.finding.actions.back().priorityText = QStringLiteral("Priority 2: plan now");
    f.finding.actions.back().title = QStringLiteral("Negotiate an exit clause");
    c.blocks.push_back(f);

    c.blocks.push_back(heading(1, QStringLiteral("Appendix: inventory"), QStringLiteral("inventory")));
    c.blocks.push_back(paragraph(QStringLiteral("Every node of the model with its kind and jurisdiction.")));
    std::vector<QStringList> rows;
    ReportBlock inventory = tableBlock(QStringLiteral("Inventory"),
                                       {QStringLiteral("Row"), QStringLiteral("Name"), QStringLiteral("Kind"),
                                        QStringLiteral("Criticality")},
                                       {});
    for (int i = 0; i < 200; ++i) {
        const Node &n = s.model.nodes[std::size_t(i) % s.model.nodes.size()];
        inventory.table.rows.push_back({QStringLiteral("row-%1").arg(i + 1, 3, 10, QLatin1Char('0')), n.name,
                                        toString(n.kind), QString::number(1 + i % 5)});
        inventory.table.tones.push_back(i % 7 == 0 ? ReportTone::Bad : i % 5 == 0 ? ReportTone::Warning : ReportTone::None);
    }
    inventory.table.numeric = {false, false, false, true};
    inventory.table.widths = {12, 52, 20, 16};
    inventory.table.note = QStringLiteral("and 12 more; the CSV export lists all");
    c.blocks.push_back(inventory);
    return c;
}

} // namespace

TEST(ReportWriter, HtmlEscapesEveryStringAndLoadsNothing)
{
    const ReportContent content = hostileContent();
    ReportWriter writer(content, sample().model, *sample().analysis);
    const QString html = writer.html();
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"en\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")));
    // Every place the hostile text went in comes out escaped: title, subtitle, organisation
    // (twice: title block and "prepared for"), author, heading (and its TOC entry), paragraph,
    // bullet, figure (3), table caption, header, cell, finding title, text, path, action title
    // and text, chart caption (figcaption and alt).
    EXPECT_GE(html.count(QStringLiteral("&lt;script&gt;")), 22);
    EXPECT_FALSE(html.contains(QStringLiteral("http://"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("https://"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
    const QRegularExpression src(QStringLiteral("\\ssrc\\s*=\\s*\"([^\"]*)\""));
    int sources = 0;
    QByteArray svg;
    for (auto it = src.globalMatch(html); it.hasNext();) {
        const QString value = it.next().captured(1);
        ++sources;
        EXPECT_TRUE(value.startsWith(QStringLiteral("data:"))) << value.left(60).toStdString();
        if (value.startsWith(QStringLiteral("data:image/svg+xml;base64,")))
            svg = QByteArray::fromBase64(value.mid(26).toLatin1());
    }
    EXPECT_EQ(sources, 1); // the chart; no logo given
    EXPECT_EQ(html.count(QStringLiteral("src="), Qt::CaseInsensitive), sources);
    ASSERT_FALSE(svg.isEmpty());
    EXPECT_TRUE(svg.startsWith("<?xml") || svg.contains("<svg"));
    EXPECT_FALSE(svg.contains("<script")) << svg.left(400).toStdString();
    // The category as written, escaped once by QSvgGenerator (Qt Charts reads rich text).
    EXPECT_TRUE(svg.contains("&lt;script&gt;alert(1)")) << svg.toStdString();
    EXPECT_FALSE(svg.contains("&amp;lt;"));
}

TEST(ReportWriter, HtmlHasTheBlocksInOrderWithAnchorsAndNumbers)
{
    ReportContent content = baseContent();
    content.blocks.push_back(heading(1, QStringLiteral("First chapter"), QStringLiteral("first")));
    content.blocks.push_back(tableBlock(QStringLiteral("Alpha table"), {QStringLiteral("A")}, {{QStringLiteral("1")}}));
    content.blocks.push_back(barChart(QStringLiteral("Beta chart"), hostileBars()));
    content.blocks.push_back(heading(2, QStringLiteral("A section"), QStringLiteral("first")));
    content.blocks.push_back(tableBlock(QStringLiteral("Gamma table"), {QStringLiteral("A")}, {{QStringLiteral("1")}}));
    content.blocks.push_back(heading(1, QStringLiteral("No anchor"), QString()));
    ReportWriter writer(content, sample().model, *sample().analysis);
    const QString html = writer.html();
    const auto at = [&](const QString &s) { return html.indexOf(s); };
    // Duplicate and missing anchors become unique ids, and the TOC links to them.
    EXPECT_EQ(html.count(QStringLiteral("id=\"first\"")), 1);
    EXPECT_EQ(html.count(QStringLiteral("id=\"first-2\"")), 1);
    EXPECT_EQ(html.count(QStringLiteral("id=\"section-3\"")), 1);
    for (const QString &anchor : {QStringLiteral("first"), QStringLiteral("first-2"), QStringLiteral("section-3")})
        EXPECT_TRUE(html.contains(QStringLiteral("href=\"#") + anchor + u'"')) << anchor.toStdString();
    EXPECT_LT(at(QStringLiteral("href=\"#first\"")), at(QStringLiteral("<h1 id=\"first\"")));
    const QStringList order = {QStringLiteral("<h1 id=\"first\">First chapter</h1>"),
                               QStringLiteral("Table 1:</span> Alpha table"),
                               QStringLiteral("Figure 1:</span> Beta chart"),
                               QStringLiteral("<h2 id=\"first-2\">A section</h2>"),
                               QStringLiteral("Table 2:</span> Gamma table"),
                               QStringLiteral("<h1 id=\"section-3\">No anchor</h1>")};
    int last = -1;
    for (const QString &s : order) {
        const int i = at(s);
        EXPECT_GT(i, last) << s.toStdString();
        last = i;
    }
    EXPECT_TRUE(html.contains(QStringLiteral("alt=\"Figure 1: Beta chart\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("@media print")));
    EXPECT_TRUE(html.contains(QStringLiteral("display:table-header-group")));
}

TEST(ReportWriter, PdfHasTheTextTheTrueTableOfContentsAndChaptersOnNewPages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const ReportContent content = sampleContent();
    ReportWriter writer(content, sample().model, *sample().analysis);
    std::vector<double> shares;
    writer.setProgress([&](double share) {
        shares.push_back(share);
        return true;
    });
    QString error;
    ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
    ASSERT_FALSE(shares.empty());
    EXPECT_TRUE(std::is_sorted(shares.begin(), shares.end()));
    EXPECT_DOUBLE_EQ(shares.back(), 1.0);

    const int pages = pdfPages(path);
    EXPECT_EQ(pages, writer.pageCount());
    EXPECT_GE(pages, 8);
    const QString info = pdfInfo(path);
    EXPECT_TRUE(info.contains(QStringLiteral("Sovereignty report"))) << info.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Creator:\\s+Antrum")).match(info).hasMatch()) << info.toStdString();

    const QString all = pdfText(path);
    for (const QString &s : {content.title, QStringLiteral("Single points of failure"), QStringLiteral("Lock-in"),
                             QStringLiteral("row-117"), QStringLiteral("E-mail stops when Microsoft stops"),
                             QStringLiteral("all of one supplier"), QStringLiteral("Prepare an exit plan for e-mail"),
                             QStringLiteral("Table 1: Inventory"), QStringLiteral("Figure 4: Lock-in per capability"),
                             QStringLiteral("Page 2 of %1").arg(pages), QStringLiteral("Prepared for")})
        EXPECT_TRUE(all.contains(s)) << s.toStdString();

    // Every heading is on the page the table of contents says; chapters start a page: their
    // heading is the first text under the header.
    const auto toc = writer.tableOfContents();
    ASSERT_EQ(toc.size(), 6u);
    int previous = 2;
    for (const auto &entry : toc) {
        EXPECT_GE(entry.page, previous) << entry.text.toStdString();
        previous = entry.page;
        EXPECT_TRUE(pdfText(path, entry.page, entry.page).contains(entry.text)) << entry.text.toStdString();
        if (entry.level == 1) {
            // The body starts 26 mm (74 pt) from the top of the page.
            const QString top = pdfTextBand(path, entry.page, 70, 30).trimmed();
            EXPECT_TRUE(top.startsWith(entry.text)) << entry.text.toStdString() << " / " << top.toStdString();
        }
    }
    // The table of contents (page 2) lists each heading with its page.
    const QString contents = pdfText(path, 2, 2, true);
    for (const auto &entry : toc)
        EXPECT_TRUE(QRegularExpression(QRegularExpression::escape(entry.text) + QStringLiteral(" +")
                                       + QString::number(entry.page) + QStringLiteral("\\n"))
                        .match(contents)
                        .hasMatch())
            << entry.text.toStdString() << " " << entry.page << "\n"
            << contents.toStdString();
    // The title page carries no header or footer.
    EXPECT_FALSE(pdfText(path, 1, 1).contains(QStringLiteral("Page 1 of")));
}

TEST(ReportWriter, LongTableRepeatsItsHeaderOnEveryPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ReportContent content = baseContent();
    content.blocks.push_back(heading(1, QStringLiteral("Inventory"), QStringLiteral("inventory")));
    ReportBlock t = tableBlock(QStringLiteral("All nodes"),
                               {QStringLiteral("Identifier"), QStringLiteral("Quantity"), QStringLiteral("Comment")}, {});
    for (int i = 1; i <= 200; ++i)
        t.table.rows.push_back({QStringLiteral("item-%1").arg(i, 3, 10, QLatin1Char('0')), QString::number(i * 7),
                                QStringLiteral("plain text")});
    t.table.numeric = {false, true};
    content.blocks.push_back(t);
    ReportWriter writer(content, sample().model, *sample().analysis);
    QString error;
    ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
    const int pages = pdfPages(path);
    ASSERT_EQ(pages, writer.pageCount());
    int tablePages = 0;
    int seen = 0;
    for (int p = 3; p <= pages; ++p) {
        const QString text = pdfText(path, p, p);
        const int rows = int(text.count(QRegularExpression(QStringLiteral("item-\\d{3}"))));
        if (rows == 0)
            continue;
        ++tablePages;
        seen += rows;
        EXPECT_TRUE(text.contains(QStringLiteral("Identifier")) && text.contains(QStringLiteral("Quantity"))
                    && text.contains(QStringLiteral("Comment")))
            << "page " << p;
    }
    EXPECT_EQ(seen, 200);
    EXPECT_GE(tablePages, 3);
}

TEST(ReportWriter, HeadingsAndCaptionsAreNeverAloneAtTheBottomOfAPage)
{
    // Move a section heading, a table and a figure through the bottom of the page a line at a
    // time: wherever it falls, heading, caption and first row (figure and caption) share a page.
    QTemporaryDir dir;
    for (int lines = 30; lines <= 44; ++lines) {
        ReportContent content = baseContent();
        content.blocks.push_back(heading(1, QStringLiteral("Chapter"), QStringLiteral("chapter")));
        for (int i = 0; i < lines; ++i)
            content.blocks.push_back(paragraph(QStringLiteral("Filler line %1.").arg(i)));
        content.blocks.push_back(heading(2, QStringLiteral("The section"), QStringLiteral("section")));
        content.blocks.push_back(tableBlock(QStringLiteral("Kept table"), {QStringLiteral("Head")},
                                            {{QStringLiteral("first-row")}, {QStringLiteral("second-row")}}));
        for (int i = 0; i < 8; ++i)
            content.blocks.push_back(paragraph(QStringLiteral("More filler %1.").arg(i)));
        BarChartData bars = hostileBars();
        bars.title = QStringLiteral("Kept chart");
        content.blocks.push_back(barChart(QStringLiteral("Kept figure"), bars, 0.3));
        const QString path = dir.filePath(QStringLiteral("keep-%1.pdf").arg(lines));
        ReportWriter writer(content, sample().model, *sample().analysis);
        QString error;
        ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
        const int pages = pdfPages(path);
        // "The section" is also in the table of contents on page 2.
        int sectionPage = 0;
        for (int p = 3; p <= pages && !sectionPage; ++p)
            if (pdfText(path, p, p).contains(QStringLiteral("The section")))
                sectionPage = p;
        EXPECT_EQ(sectionPage, writer.tableOfContents().at(1).page) << lines;
        EXPECT_EQ(sectionPage, pageWith(path, pages, QStringLiteral("Table 1: Kept table"))) << lines;
        EXPECT_EQ(sectionPage, pageWith(path, pages, QStringLiteral("first-row"))) << lines;
        EXPECT_EQ(pageWith(path, pages, QStringLiteral("Kept chart")), pageWith(path, pages, QStringLiteral("Figure 1: Kept figure")))
            << lines;
    }
}

TEST(ReportWriter, AShortFindingIsNeverSplitAcrossPages)
{
    QTemporaryDir dir;
    int moved = 0;
    for (int lines = 26; lines <= 40; lines += 2) {
        ReportContent content = baseContent();
        content.blocks.push_back(heading(1, QStringLiteral("Chapter"), QStringLiteral("chapter")));
        for (int i = 0; i < lines; ++i)
            content.blocks.push_back(paragraph(QStringLiteral("Filler line %1.").arg(i)));
        ReportBlock f = finding(QStringLiteral("Kept finding"), QStringLiteral("Its text."), 4);
        f.finding.actions[0].source = QStringLiteral("Kept source");
        content.blocks.push_back(f);
        const QString path = dir.filePath(QStringLiteral("finding-%1.pdf").arg(lines));
        ReportWriter writer(content, sample().model, *sample().analysis);
        QString error;
        ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
        const int pages = pdfPages(path);
        const int title = pageWith(path, pages, QStringLiteral("Kept finding"));
        EXPECT_EQ(title, pageWith(path, pages, QStringLiteral("Kept source"))) << lines;
        if (title > pageWith(path, pages, QStringLiteral("Filler line %1.").arg(lines - 1)))
            ++moved;
    }
    EXPECT_GT(moved, 0); // some of them did reach the bottom of a page
}

TEST(ReportWriter, PdfChartsAreVectorAndOnlyALogoIsARasterImage)
{
    QTemporaryDir dir;
    ReportContent content = sampleContent();
    {
        ReportWriter writer(content, sample().model, *sample().analysis);
        const QString path = dir.filePath(QStringLiteral("vector.pdf"));
        QString error;
        ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
        EXPECT_EQ(pdfRasterImages(path), 0);
        // The chart texts are text, not pictures.
        const QString all = pdfText(path);
        EXPECT_TRUE(all.contains(QStringLiteral("Lock-in per capability"))) << "bar chart title";
        EXPECT_TRUE(all.contains(QStringLiteral("single point of failure"))) << "dependency diagram legend";
    }
    {
        QImage logo(240, 120, QImage::Format_RGB32);
        logo.fill(QColor(0x1f, 0x38, 0x64));
        const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
        ASSERT_TRUE(logo.save(logoPath, "PNG"));
        content.logoPath = logoPath;
        ReportWriter writer(content, sample().model, *sample().analysis);
        const QString path = dir.filePath(QStringLiteral("logo.pdf"));
        QString error;
        ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
        EXPECT_EQ(pdfRasterImages(path), 1);
        const QString html = writer.html();
        EXPECT_TRUE(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
    }
    {
        // An SVG logo stays vector.
        const QString logoPath = dir.filePath(QStringLiteral("logo.svg"));
        QFile svg(logoPath);
        ASSERT_TRUE(svg.open(QIODevice::WriteOnly));
        svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"80\">"
                  "<rect x=\"0\" y=\"0\" width=\"200\" height=\"80\" fill=\"#1f3864\"/></svg>");
        svg.close();
        content.logoPath = logoPath;
        ReportWriter writer(content, sample().model, *sample().analysis);
        const QString path = dir.filePath(QStringLiteral("svglogo.pdf"));
        QString error;
        ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
        EXPECT_EQ(pdfRasterImages(path), 0);
        EXPECT_TRUE(writer.html().contains(QStringLiteral("src=\"data:image/svg+xml;base64,PHN2Zy")));
    }
}

TEST(ReportWriter, PdfShowsHostileTextAsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
    ReportWriter writer(hostileContent(), sample().model, *sample().analysis);
    QString error;
    ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
    const QString all = pdfText(path);
    EXPECT_GE(all.count(QStringLiteral("<script>alert(1)</script>")), 10);
    // The chart's category too (Qt Charts would otherwise read it as markup).
    ASSERT_EQ(writer.tableOfContents().size(), 1u);
    EXPECT_TRUE(pdfText(path, writer.pageCount(), writer.pageCount()).contains(QStringLiteral("<script>alert(1)")));
}

TEST(ReportWriter, OddContentIsWrittenWithoutFuss)
{
    QTemporaryDir dir;
    // Nothing at all: a title page and an empty table of contents.
    {
        ReportContent empty;
        ReportWriter writer(empty, sample().model, *sample().analysis);
        QString error;
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
        EXPECT_EQ(writer.pageCount(), 2);
        EXPECT_EQ(pdfPages(path), 2);
        EXPECT_TRUE(writer.tableOfContents().empty());
        EXPECT_TRUE(writer.html().contains(QStringLiteral("<html lang=\"en\">")));
    }
    ReportContent c = baseContent();
    c.logoPath = dir.filePath(QStringLiteral("no-such-logo.png"));
    c.blocks.push_back(heading(3, QStringLiteral("Deep heading"), QStringLiteral("deep")));
    c.blocks.push_back(tableBlock(QStringLiteral("Empty table"), {}, {}));
    c.blocks.push_back(tableBlock(QStringLiteral("Ragged table"), {QStringLiteral("One")},
                                  {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {}}));
    c.blocks.back().table.widths = {50};      // not one per column: ignored
    c.blocks.back().table.tones = {ReportTone::Good};
    c.blocks.push_back(barChart(QStringLiteral("Chart without data"), BarChartData{}));
    ReportBlock graph = graphChart(QStringLiteral("Unknown capability"), QStringLiteral("cap-mail"));
    graph.chart.capability = QStringLiteral("no-such-node");
    c.blocks.push_back(graph);
    ReportBlock noNodes = graph;
    noNodes.chart.nodes = {QStringLiteral("no-such-node")};
    c.blocks.push_back(noNodes);
    ReportBlock f = finding(QStringLiteral("Bare finding"), QString(), 9);
    f.finding.paths.clear();
    f.finding.actions.clear();
    c.blocks.push_back(f);
    ReportBlock one;
    one.kind = ReportBlock::Kind::KeyFigures;
    one.figures.push_back({QStringLiteral("Only figure"), QStringLiteral("1"), QString(), ReportTone::None});
    c.blocks.push_back(one);
    ReportBlock none;
    none.kind = ReportBlock::Kind::Bullets;
    c.blocks.push_back(none);
    c.labels = {}; // no words around the content
    ReportWriter writer(c, sample().model, *sample().analysis);
    QString error;
    const QString path = dir.filePath(QStringLiteral("odd.pdf"));
    ASSERT_TRUE(writer.writePdf(path, &error)) << error.toStdString();
    EXPECT_EQ(pdfPages(path), writer.pageCount());
    const QString all = pdfText(path);
    for (const QString &s : {QStringLiteral("Deep heading"), QStringLiteral("Empty table"), QStringLiteral("Ragged table"),
                             QStringLiteral("Bare finding"), QStringLiteral("Only figure"), QStringLiteral("No data to show.")})
        EXPECT_TRUE(all.contains(s)) << s.toStdString();
    ASSERT_EQ(writer.tableOfContents().size(), 1u);
    EXPECT_EQ(writer.tableOfContents().front().level, 2);
    const QString html = writer.html();
    EXPECT_EQ(pdfRasterImages(path), 0);
    EXPECT_FALSE(html.contains(QStringLiteral("src=\"data:image/png")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h2 id=\"deep\">Deep heading</h2>")));
}

TEST(ReportWriter, UnwritablePathFailsWithAClearErrorAndNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    ReportWriter writer(hostileContent(), sample().model, *sample().analysis);
    QString error;
    EXPECT_FALSE(writer.writePdf(path, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(writer.pageCount(), 0);
    error.clear();
    const QString html = dir.filePath(QStringLiteral("missing/folder/report.html"));
    EXPECT_FALSE(writer.writeHtml(html, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(html))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(html));
    // A directory in the way.
    error.clear();
    EXPECT_FALSE(writer.writePdf(dir.path(), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(ReportWriter, CancelLeavesNoFileAndThePreviousFileUntouched)
{
    QTemporaryDir dir;
    const ReportContent content = sampleContent();
    for (const int cancelAt : {0, 2, 6}) {
        const QString path = dir.filePath(QStringLiteral("report-%1.pdf").arg(cancelAt));
        ReportWriter writer(content, sample().model, *sample().analysis);
        int calls = 0;
        writer.setProgress([&](double) { return calls++ < cancelAt; });
        QString error;
        EXPECT_FALSE(writer.writePdf(path, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("cancel"))) << error.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path));
    }
    const QString path = dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("previous report");
    }
    ReportWriter writer(content, sample().model, *sample().analysis);
    int calls = 0;
    writer.setProgress([&](double share) { return ++calls < 8 && share < 0.9; });
    QString error;
    EXPECT_FALSE(writer.writePdf(path, &error));
    EXPECT_GT(calls, 4); // cancelled while painting pages, not before
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("previous report"));
    old.close();
    // HTML: cancelled while drawing the charts.
    const QString html = dir.filePath(QStringLiteral("existing.html"));
    writer.setProgress([](double share) { return share < 0.2; });
    EXPECT_FALSE(writer.writeHtml(html, &error));
    EXPECT_FALSE(QFileInfo::exists(html));
    // Nothing left behind: no temporary files.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << QDir(dir.path()).entryList(QDir::Files).join(u' ').toStdString();
}

TEST(ReportWriter, WritesTheSampleReport)
{
    // Also the pictures to look at: ANTRUM_REPORT_SHOTS=/tmp/shots-report keeps them.
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariableIsSet("ANTRUM_REPORT_SHOTS") ? qEnvironmentVariable("ANTRUM_REPORT_SHOTS")
                                                                          : temporary.path();
    QDir().mkpath(dir);
    ReportWriter writer(sampleContent(), sample().model, *sample().analysis);
    QElapsedTimer timer;
    timer.start();
    QString error;
    ASSERT_TRUE(writer.writePdf(dir + QStringLiteral("/report.pdf"), &error)) << error.toStdString();
    const qint64 pdfMs = timer.restart();
    ASSERT_TRUE(writer.writeHtml(dir + QStringLiteral("/report.html"), &error)) << error.toStdString();
    const qint64 htmlMs = timer.elapsed();
    std::cout << "[ report ] " << writer.pageCount() << " pages, PDF " << pdfMs << " ms, HTML " << htmlMs << " ms"
              << std::endl;
    EXPECT_LT(pdfMs, 60000);
    EXPECT_EQ(pdfPages(dir + QStringLiteral("/report.pdf")), writer.pageCount());
}
