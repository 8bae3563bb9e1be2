// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "chartpanel.h"
#include "reportchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace antrum {

namespace {

// Colours of the printed report.
const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor HeadingBlue(0x1f, 0x38, 0x64);
const QColor Grey(0x5f, 0x6b, 0x7a);
const QColor RuleGrey(0xb8, 0xc0, 0xcc);
const QColor HeaderFill(0xe3, 0xe9, 0xf1);
const QColor ZebraFill(0xf4, 0xf6, 0xf9);
const QColor NoteFill(0xee, 0xf2, 0xf8);
const QColor NoteBar(0x5b, 0x7f, 0xb5);

struct ToneStyle {
    QColor colour;
    QColor fill;
    QString symbol;
    const char *name;
};

/// A tone reads without colour too: a symbol per tone.
ToneStyle toneStyle(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Good: return {QColor(0x2e, 0x7d, 0x32), QColor(0xe8, 0xf5, 0xe9), QStringLiteral("\u2714"), "good"};
    case ReportTone::Warning: return {QColor(0xb0, 0x5e, 0x00), QColor(0xff, 0xf3, 0xe0), QStringLiteral("\u25B2"), "warning"};
    case ReportTone::Bad: return {QColor(0xc6, 0x28, 0x28), QColor(0xfd, 0xec, 0xea), QStringLiteral("\u2716"), "bad"};
    case ReportTone::None: break;
    }
    return {Grey, QColor(0xf2, 0xf4, 0xf7), QString(), "none"};
}

/// Severity 5 darkest red .. 1 grey.
QColor severityColour(int severity)
{
    return severity <= 1 ? ChartPanel::unknownColor() : ChartPanel::criticalityColor(std::min(severity, 5));
}

/// `label` with %1, %2 ... replaced by `args` in one pass (a value that holds "%1" stays as it
/// is).
QString substitute(const QString &label, const QStringList &args)
{
    QString out;
    out.reserve(label.size() + 32);
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c == u'%' && i + 1 < label.size() && label.at(i + 1).isDigit()) {
            const int n = label.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/// "Table 3: caption" from the label "Table %1".
QString numberedLabel(const QString &label, int number)
{
    if (label.contains(QStringLiteral("%1")))
        return substitute(label, {QString::number(number)});
    return label.isEmpty() ? QString::number(number) : label + u' ' + QString::number(number);
}

QString pageLabel(const QString &label, int page, int pages)
{
    if (label.contains(QStringLiteral("%1")))
        return substitute(label, {QString::number(page), QString::number(pages)});
    return QString::number(page) + QStringLiteral(" / ") + QString::number(pages);
}

QString colophon(const ReportContent &content)
{
    if (content.labels.generatedBy.isEmpty())
        return {};
    return substitute(content.labels.generatedBy, {content.version, content.modelName});
}

/// A font for the PDF: without ligatures (a tiny letter spacing turns them off), so that its
/// text can be searched and copied as written ("fi", not U+FB01).
QFont pdfFont(const QString &family, double points, bool bold = false)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QString fontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &name : {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans")})
        if (families.contains(name))
            return name;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

/// What the logo file holds.
struct Logo {
    QByteArray data;
    QString mime; ///< image/png, image/jpeg or image/svg+xml; empty: no usable logo
};

Logo readLogo(const QString &path)
{
    Logo logo;
    if (path.isEmpty())
        return logo;
    QFile file(path);
    constexpr qint64 MaxLogoBytes = 20 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxLogoBytes)
        return logo;
    logo.data = file.readAll();
    const QByteArray &d = logo.data;
    if (d.startsWith("\x89PNG\r\n\x1a\n")) {
        logo.mime = QStringLiteral("image/png");
    } else if (d.startsWith("\xff\xd8\xff")) {
        logo.mime = QStringLiteral("image/jpeg");
    } else if (d.left(4096).toLower().contains("<svg")) {
        if (QSvgRenderer(d).isValid())
            logo.mime = QStringLiteral("image/svg+xml");
    } else {
        // Another raster format Qt reads (GIF, BMP ...): carried as PNG.
        const QImage image = QImage::fromData(d);
        if (!image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (image.save(&buffer, "PNG")) {
                logo.data = png;
                logo.mime = QStringLiteral("image/png");
            }
        }
    }
    if (logo.mime.isEmpty())
        logo.data.clear();
    return logo;
}

// ---------------------------------------------------------------------------------------------
// PDF

/// A4 portrait in the PDF writer's units: margins of 20 mm, a header and a footer.
struct PageGeometry {
    double resolution = 1200;
    double mm(double v) const { return v * resolution / 25.4; }
    double pt(double v) const { return v * resolution / 72.0; }
    double left() const { return mm(20); }
    double width() const { return mm(170); }
    double bodyTop() const { return mm(26); }
    double bodyHeight() const { return mm(245); }
    QSizeF body() const { return {width(), bodyHeight()}; }
};

/// The report's body (table of contents and blocks) as a paginated QTextDocument, built
/// again on every pass with what the passes before learnt: the page of every heading (for the
/// table of contents) and the blocks that must start a page (so that no heading or caption
/// stays alone at the bottom of a page).
class PdfBody {
public:
    struct Heading {
        int position = 0;
        int level = 1;
        QString text;
        QString anchor;
    };
    /// Block `position` must be on the same page as `next`; or, `together`, the table at
    /// `position` must not be split across pages when it fits on one (`loose`: unless both
    /// parts are a good part of it).
    struct Keep {
        int position = 0;
        int next = -1;
        bool together = false;
        bool loose = false;
        bool wholeNext = false; ///< all of `next` (a caption), not only its first line
    };

    PdfBody(const ReportContent &content, const std::vector<QString> &anchors, ReportChartObject *charts,
            QPaintDevice *device, const PageGeometry &geometry)
        : m_content(content), m_anchors(anchors), m_charts(charts), m_device(device), m_g(geometry),
          m_family(fontFamily())
    {
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            m_screenDpi = std::max(1, qRound(screen->logicalDotsPerInchY()));
    }

    std::unique_ptr<QTextDocument> build(const std::vector<int> &tocPages, const std::set<int> &breaks);
    const std::vector<Heading> &headings() const { return m_headings; }
    const std::vector<Keep> &keeps() const { return m_keeps; }
    QString family() const { return m_family; }
    /// Most lengths in the formats of a QTextDocument are in the pixels of the screen (its
    /// layout scales them to the paint device): `points` in those pixels. Block left and right
    /// margins and text indents are not scaled: those take m_g.pt() (device units).
    double px(double points) const { return points * m_screenDpi / 72.0; }
    /// Device units per screen pixel.
    double deviceScale() const { return m_g.resolution / m_screenDpi; }

private:
    QTextCharFormat text(double points, bool bold = false, const QColor &colour = Ink) const;
    QTextBlockFormat paragraph(double below = 6) const;
    /// Starts a block (reusing the empty one after a table) and returns its position.
    int startBlock(const QTextBlockFormat &block, const QTextCharFormat &chars);
    void afterFrame();
    /// Before a table: the empty block that a table before leaves takes no room.
    void prepareFrame();
    int keepWithNext(int position);
    /// The block of `format` starts a page.
    void breakBefore(QTextBlockFormat *format);
    /// Keeps the table that is about to be inserted on one page; returns the keep.
    int keepTogether(QTextTableFormat *format, bool loose = false);
    void resolvePending(int position);
    bool mustBreak(int keep) const { return m_breaks->count(keep) > 0; }

    void addToc(const std::vector<int> &tocPages);
    void addHeading(std::size_t index, const ReportBlock &block);
    void addParagraph(const QString &text);
    void addBullets(const QStringList &items);
    void addNote(const QString &text);
    void addKeyFigures(const std::vector<ReportKeyFigure> &figures);
    void addTable(const ReportTable &table);
    void addChart(const ReportChart &chart);
    void addFinding(const ReportFinding &finding);

    const ReportContent &m_content;
    const std::vector<QString> &m_anchors;
    ReportChartObject *m_charts;
    QPaintDevice *m_device;
    PageGeometry m_g;
    QString m_family;
    double m_screenDpi = 96;

    // One build:
    QTextCursor m_cursor;
    bool m_fresh = true;
    const std::set<int> *m_breaks = nullptr;
    std::vector<Heading> m_headings;
    std::vector<Keep> m_keeps;
    std::vector<int> m_pending;
    int m_tables = 0;
    int m_figures = 0;
    int m_chartIndex = 0;
};

QTextCharFormat PdfBody::text(double points, bool bold, const QColor &colour) const
{
    QTextCharFormat f;
    f.setFontFamilies({m_family});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    f.setFontLetterSpacing(0.02);
    f.setForeground(colour);
    return f;
}

QTextBlockFormat PdfBody::paragraph(double below) const
{
    QTextBlockFormat f;
    f.setBottomMargin(px(below));
    f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return f;
}

int PdfBody::startBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (m_fresh) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_fresh = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
    const int position = m_cursor.block().position();
    resolvePending(position);
    return position;
}

void PdfBody::prepareFrame()
{
    if (!m_fresh)
        return;
    m_cursor.setBlockFormat(QTextBlockFormat());
    m_cursor.setBlockCharFormat(text(1));
}

void PdfBody::afterFrame()
{
    m_cursor.movePosition(QTextCursor::End);
    m_fresh = true;
}

int PdfBody::keepWithNext(int position)
{
    m_keeps.push_back({position, -1});
    return int(m_keeps.size()) - 1;
}

void PdfBody::breakBefore(QTextBlockFormat *format)
{
    format->setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // The layout adds the bottom margin of the block before to the top of the new page.
    if (!m_fresh) {
        QTextBlockFormat previous = m_cursor.blockFormat();
        previous.setBottomMargin(0);
        m_cursor.setBlockFormat(previous);
    }
}

int PdfBody::keepTogether(QTextTableFormat *format, bool loose)
{
    m_keeps.push_back({0, -1, true, loose});
    const int keep = int(m_keeps.size()) - 1;
    if (mustBreak(keep))
        format->setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return keep;
}

void PdfBody::resolvePending(int position)
{
    for (int keep : m_pending)
        m_keeps[std::size_t(keep)].next = position;
    m_pending.clear();
}

std::unique_ptr<QTextDocument> PdfBody::build(const std::vector<int> &tocPages, const std::set<int> &breaks)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(m_device);
    doc->documentLayout()->registerHandler(ReportChartObject::ObjectType, m_charts);
    doc->setDocumentMargin(0);
    doc->setIndentWidth(px(14));
    doc->setDefaultFont(pdfFont(m_family, 10));
    m_cursor = QTextCursor(doc.get());
    // No page size (no layout) while building: laying out a long table after every cell costs
    // minutes.
    m_cursor.beginEditBlock();
    m_fresh = true;
    m_breaks = &breaks;
    m_headings.clear();
    m_keeps.clear();
    m_pending.clear();
    m_tables = m_figures = m_chartIndex = 0;

    addToc(tocPages);
    const auto &blocks = m_content.blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const ReportBlock &b = blocks[i];
        switch (b.kind) {
        case ReportBlock::Kind::Heading: addHeading(i, b); break;
        case ReportBlock::Kind::Paragraph: addParagraph(b.text); break;
        case ReportBlock::Kind::Bullets: addBullets(b.items); break;
        case ReportBlock::Kind::Note: addNote(b.text); break;
        case ReportBlock::Kind::KeyFigures: addKeyFigures(b.figures); break;
        case ReportBlock::Kind::Table: addTable(b.table); break;
        case ReportBlock::Kind::Chart: addChart(b.chart); break;
        case ReportBlock::Kind::Finding: addFinding(b.finding); break;
        }
    }
    // A keep at the very end has nothing to keep with.
    for (int keep : m_pending)
        m_keeps[std::size_t(keep)].next = m_keeps[std::size_t(keep)].position;
    m_pending.clear();
    // The empty block a final table leaves must not open a page of its own.
    if (m_fresh) {
        QTextBlockFormat tiny;
        m_cursor.setBlockFormat(tiny);
        QTextCharFormat small = text(1);
        m_cursor.setBlockCharFormat(small);
    }
    m_cursor.endEditBlock();
    doc->setPageSize(m_g.body());
    return doc;
}

void PdfBody::addToc(const std::vector<int> &tocPages)
{
    QTextBlockFormat title = paragraph(12);
    title.setHeadingLevel(1);
    startBlock(title, text(18, true, HeadingBlue));
    m_cursor.insertText(m_content.labels.contents, text(18, true, HeadingBlue));
    std::size_t entry = 0;
    for (const ReportBlock &b : m_content.blocks) {
        if (b.kind != ReportBlock::Kind::Heading)
            continue;
        const bool top = b.level <= 1;
        QTextBlockFormat f;
        f.setTopMargin(px(top ? 6 : 1.5));
        f.setBottomMargin(px(1.5));
        const double indent = top ? 0 : m_g.pt(16);
        f.setLeftMargin(indent);
        f.setRightMargin(0);
        f.setTabPositions({QTextOption::Tab((m_g.width() - indent) / deviceScale(), QTextOption::RightTab)});
        const QTextCharFormat chars = text(top ? 10.5 : 10, top, top ? HeadingBlue : Ink);
        startBlock(f, chars);
        const int page = entry < tocPages.size() ? tocPages[entry] : 0;
        m_cursor.insertText(b.text + u'\t' + (page > 0 ? QString::number(page) : QStringLiteral("00")), chars);
        ++entry;
    }
}

void PdfBody::addHeading(std::size_t index, const ReportBlock &b)
{
    const int level = b.level <= 1 ? 1 : 2;
    QTextBlockFormat f;
    f.setHeadingLevel(level);
    f.setTopMargin(level == 1 ? 0 : px(12));
    f.setBottomMargin(px(level == 1 ? 10 : 5));
    QTextCharFormat chars = text(level == 1 ? 18 : 13, true, HeadingBlue);
    chars.setAnchor(true);
    chars.setAnchorNames({m_anchors[index]});
    const int keep = keepWithNext(0);
    if (level == 1 || mustBreak(keep))
        breakBefore(&f);
    const int position = startBlock(f, chars);
    m_keeps[std::size_t(keep)].position = position;
    m_pending.push_back(keep);
    m_cursor.insertText(b.text, chars);
    m_headings.push_back({position, level, b.text, m_anchors[index]});
}

void PdfBody::addParagraph(const QString &t)
{
    startBlock(paragraph(), text(10));
    m_cursor.insertText(t, text(10));
}

void PdfBody::addBullets(const QStringList &items)
{
    QTextList *list = nullptr;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QTextBlockFormat f = paragraph(i + 1 == items.size() ? 7 : 2.5);
        startBlock(f, text(10));
        if (!list) {
            QTextListFormat lf;
            lf.setStyle(QTextListFormat::ListDisc);
            lf.setIndent(1);
            list = m_cursor.createList(lf);
        } else {
            list->add(m_cursor.block());
        }
        m_cursor.insertText(items.at(i), text(10));
    }
}

void PdfBody::addNote(const QString &t)
{
    QTextTableFormat tf;
    tf.setBorderCollapse(true);
    tf.setBorder(0);
    tf.setCellSpacing(0);
    tf.setCellPadding(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(px(3));
    tf.setBottomMargin(px(9));
    const int keep = keepTogether(&tf);
    prepareFrame();
    QTextTable *table = m_cursor.insertTable(1, 1, tf);
    m_keeps[std::size_t(keep)].position = table->firstPosition();
    QTextTableCellFormat cell;
    cell.setBackground(NoteFill);
    cell.setLeftBorder(px(3));
    cell.setLeftBorderBrush(NoteBar);
    cell.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setLeftPadding(px(9));
    cell.setRightPadding(px(8));
    cell.setTopPadding(px(6));
    cell.setBottomPadding(px(6));
    table->cellAt(0, 0).setFormat(cell);
    QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat f = paragraph(0);
    c.setBlockFormat(f);
    resolvePending(c.block().position());
    c.insertText(t, text(9.5, false, Ink));
    afterFrame();
}

void PdfBody::addKeyFigures(const std::vector<ReportKeyFigure> &figures)
{
    if (figures.empty())
        return;
    const int n = int(figures.size());
    const int columns = n <= 2 ? n : (n == 4 ? 2 : 3);
    const int rows = (n + columns - 1) / columns;
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellSpacing(px(5));
    tf.setCellPadding(px(7));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(px(2));
    tf.setBottomMargin(px(8));
    QList<QTextLength> widths;
    for (int c = 0; c < columns; ++c)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 / columns);
    tf.setColumnWidthConstraints(widths);
    const int keep = keepTogether(&tf);
    prepareFrame();
    QTextTable *table = m_cursor.insertTable(rows, columns, tf);
    m_keeps[std::size_t(keep)].position = table->firstPosition();
    for (int i = 0; i < n; ++i) {
        const ReportKeyFigure &figure = figures[std::size_t(i)];
        const ToneStyle tone = toneStyle(figure.tone);
        QTextTableCell cell = table->cellAt(i / columns, i % columns);
        QTextTableCellFormat cf;
        cf.setBackground(tone.fill);
        cf.setLeftBorder(px(3));
        cf.setLeftBorderBrush(tone.colour);
        cf.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cell.setFormat(cf);
        QTextCursor c = cell.firstCursorPosition();
        c.setBlockFormat(paragraph(1));
        if (i == 0)
            resolvePending(c.block().position());
        if (!tone.symbol.isEmpty())
            c.insertText(tone.symbol + u' ', text(13, true, tone.colour));
        c.insertText(figure.value, text(15, true, Ink));
        c.insertBlock(paragraph(2), text(9, true, Ink));
        c.insertText(figure.label, text(9, true, Ink));
        if (!figure.detail.isEmpty()) {
            c.insertBlock(paragraph(0), text(8, false, Grey));
            c.insertText(figure.detail, text(8, false, Grey));
        }
    }
    afterFrame();
}

void PdfBody::addTable(const ReportTable &t)
{
    const int number = ++m_tables;
    qsizetype columns = std::max<qsizetype>(1, t.header.size());
    for (const QStringList &row : t.rows)
        columns = std::max(columns, row.size());
    const int headerRows = t.header.isEmpty() ? 0 : 1;
    const int rows = headerRows + int(t.rows.size());

    // Caption, kept with the first row.
    QTextBlockFormat cf = paragraph(3);
    cf.setTopMargin(px(6));
    const int keep = keepWithNext(0);
    if (mustBreak(keep))
        breakBefore(&cf);
    const int position = startBlock(cf, text(9, false, Ink));
    m_keeps[std::size_t(keep)].position = position;
    m_cursor.insertText(numberedLabel(m_content.labels.table, number) + QStringLiteral(": "), text(9, true, Ink));
    m_cursor.insertText(t.caption, text(9, false, Ink));

    if (rows > 0) {
        QTextTableFormat tf;
        tf.setBorderCollapse(true);
        tf.setBorder(px(0.5));
        tf.setBorderBrush(RuleGrey);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setCellSpacing(0);
        tf.setCellPadding(px(2.6));
        tf.setHeaderRowCount(headerRows);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setBottomMargin(px(t.note.isEmpty() ? 9 : 2));
        if (t.widths.size() == columns) {
            double sum = 0;
            for (int w : t.widths)
                sum += std::max(w, 1);
            QList<QTextLength> widths;
            for (int w : t.widths)
                widths << QTextLength(QTextLength::PercentageLength, 100.0 * std::max(w, 1) / sum);
            tf.setColumnWidthConstraints(widths);
        }
        QTextTable *table = m_cursor.insertTable(rows, int(columns), tf);
        const auto numeric = [&](qsizetype column) { return column < t.numeric.size() && t.numeric.at(column); };
        const auto fill = [&](int row, qsizetype column, const QString &value, const QTextCharFormat &chars,
                              const QColor &background, ReportTone tone) {
            QTextTableCell cell = table->cellAt(row, int(column));
            QTextTableCellFormat format;
            if (background.isValid())
                format.setBackground(background);
            const ToneStyle style = toneStyle(tone);
            if (!style.symbol.isEmpty()) {
                format.setLeftBorder(px(2.5));
                format.setLeftBorderBrush(style.colour);
                format.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            }
            cell.setFormat(format);
            QTextCursor c = cell.firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(numeric(column) ? Qt::AlignRight : Qt::AlignLeft);
            c.setBlockFormat(block);
            if (!style.symbol.isEmpty())
                c.insertText(style.symbol + u' ', text(8.5, true, style.colour));
            c.insertText(value, chars);
        };
        for (qsizetype c = 0; c < columns; ++c)
            if (headerRows)
                fill(0, c, c < t.header.size() ? t.header.at(c) : QString(), text(8.5, true, Ink), HeaderFill,
                     ReportTone::None);
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const QStringList &row = t.rows[r];
            const ReportTone tone = r < t.tones.size() ? t.tones[r] : ReportTone::None;
            const QColor background = r % 2 == 1 ? ZebraFill : QColor();
            for (qsizetype c = 0; c < columns; ++c)
                fill(headerRows + int(r), c, c < row.size() ? row.at(c) : QString(), text(8.5), background,
                     c == 0 ? tone : ReportTone::None);
        }
        const int firstRow = t.rows.empty() ? 0 : headerRows;
        m_keeps[std::size_t(keep)].next = table->cellAt(firstRow, 0).firstCursorPosition().block().position();
        resolvePending(table->cellAt(0, 0).firstCursorPosition().block().position());
        afterFrame();
    } else {
        m_keeps[std::size_t(keep)].next = position;
    }
    if (!t.note.isEmpty()) {
        startBlock(paragraph(9), text(8, false, Grey));
        m_cursor.insertText(t.note, text(8, false, Grey));
    }
}

void PdfBody::addChart(const ReportChart &chart)
{
    const int index = m_chartIndex++;
    const int number = ++m_figures;
    const QSizeF scene = m_charts->sceneSize(index);
    if (scene.isEmpty())
        return;
    // As wide as the text, but never larger than its text on screen and never taller than
    // most of a page (the caption must fit under it).
    const double perPixel = deviceScale();
    double width = std::min(m_g.width(), scene.width() * perPixel * 1.25);
    double height = width * scene.height() / scene.width();
    const double maxHeight = m_g.bodyHeight() * 0.78;
    if (height > maxHeight) {
        width *= maxHeight / height;
        height = maxHeight;
    }
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    f.setTopMargin(px(6));
    f.setBottomMargin(px(3));
    const int keep = keepWithNext(0);
    if (mustBreak(keep))
        breakBefore(&f);
    const int position = startBlock(f, text(2));
    m_keeps[std::size_t(keep)].position = position;
    QTextCharFormat object = text(2);
    object.setObjectType(ReportChartObject::ObjectType);
    object.setProperty(ReportChartObject::IndexProperty, index);
    object.setProperty(ReportChartObject::SizeProperty, QSizeF(width, height));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);

    QTextBlockFormat caption = paragraph(12);
    caption.setAlignment(Qt::AlignHCenter);
    m_keeps[std::size_t(keep)].next = startBlock(caption, text(9));
    m_keeps[std::size_t(keep)].wholeNext = true;
    m_cursor.insertText(numberedLabel(m_content.labels.figure, number) + QStringLiteral(": "), text(9, true, Ink));
    m_cursor.insertText(chart.caption, text(9));
}

void PdfBody::addFinding(const ReportFinding &finding)
{
    QTextTableFormat tf;
    tf.setBorderCollapse(true);
    tf.setBorder(px(0.6));
    tf.setBorderBrush(RuleGrey);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setCellSpacing(0);
    tf.setCellPadding(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(px(4));
    tf.setBottomMargin(px(10));
    const int keep = keepTogether(&tf, true);
    prepareFrame();
    QTextTable *table = m_cursor.insertTable(1, 1, tf);
    m_keeps[std::size_t(keep)].position = table->firstPosition();
    const QColor colour = severityColour(finding.severity);
    QTextTableCellFormat cell;
    cell.setLeftBorder(px(5));
    cell.setLeftBorderBrush(colour);
    cell.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setTopBorder(px(0.6));
    cell.setRightBorder(px(0.6));
    cell.setBottomBorder(px(0.6));
    cell.setTopBorderBrush(RuleGrey);
    cell.setRightBorderBrush(RuleGrey);
    cell.setBottomBorderBrush(RuleGrey);
    cell.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setRightBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setLeftPadding(px(10));
    cell.setRightPadding(px(9));
    cell.setTopPadding(px(7));
    cell.setBottomPadding(px(7));
    table->cellAt(0, 0).setFormat(cell);
    QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
    c.setBlockFormat(paragraph(1));
    resolvePending(c.block().position());
    c.insertText(finding.title, text(11, true, Ink));
    if (!finding.severityText.isEmpty()) {
        c.insertBlock(paragraph(5), text(8.5, true, Grey));
        c.insertText(QStringLiteral("\u25A0 "), text(8.5, true, colour));
        c.insertText(finding.severityText, text(8.5, true, Grey));
    }
    if (!finding.text.isEmpty()) {
        c.insertBlock(paragraph(5), text(10));
        c.insertText(finding.text, text(10));
    }
    if (!finding.paths.isEmpty()) {
        QTextBlockFormat label = paragraph(2);
        label.setTopMargin(px(2));
        c.insertBlock(label, text(9, true, Ink));
        c.insertText(m_content.labels.explanation, text(9, true, Ink));
        for (qsizetype i = 0; i < finding.paths.size(); ++i) {
            QTextBlockFormat path = paragraph(i + 1 == finding.paths.size() ? 5 : 1.5);
            path.setLeftMargin(m_g.pt(10));
            path.setTextIndent(-m_g.pt(8));
            c.insertBlock(path, text(9));
            c.insertText(QStringLiteral("\u2022  "), text(9, false, Grey));
            c.insertText(finding.paths.at(i), text(9));
        }
    }
    for (const ReportFinding::Action &action : finding.actions) {
        QTextBlockFormat head = paragraph(1);
        head.setTopMargin(px(6));
        c.insertBlock(head, text(8.5, true, HeadingBlue));
        QStringList parts;
        const QString rule = QString(m_content.labels.recommendation + u' ' + action.rule).trimmed();
        if (!rule.isEmpty())
            parts << rule;
        if (!action.priorityText.isEmpty())
            parts << action.priorityText;
        c.insertText(parts.join(QStringLiteral(" \u00B7 ")), text(8.5, true, HeadingBlue));
        c.insertBlock(paragraph(2), text(10, true, Ink));
        c.insertText(action.title, text(10, true, Ink));
        if (!action.text.isEmpty()) {
            c.insertBlock(paragraph(3), text(10));
            c.insertText(action.text, text(10));
        }
        if (!action.rationale.isEmpty()) {
            c.insertBlock(paragraph(2), text(9));
            c.insertText(m_content.labels.rationale + QStringLiteral(": "), text(9, true, Ink));
            c.insertText(action.rationale, text(9));
        }
        if (!action.source.isEmpty()) {
            c.insertBlock(paragraph(1), text(8, false, Grey));
            c.insertText(m_content.labels.source + QStringLiteral(": "), text(8, true, Grey));
            c.insertText(action.source, text(8, false, Grey));
        }
    }
    afterFrame();
}

/// The top of the first line of the block at `position`, in document coordinates.
double lineTop(QTextDocument *doc, int position)
{
    const QTextBlock block = doc->findBlock(position);
    if (!block.isValid())
        return 0;
    const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    return rect.top() + (layout && layout->lineCount() > 0 ? layout->lineAt(0).y() : 0.0);
}

/// The top of the last line of the block at `position`, in document coordinates.
double lastLineTop(QTextDocument *doc, int position)
{
    const QTextBlock block = doc->findBlock(position);
    if (!block.isValid())
        return 0;
    const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    return rect.top() + (layout && layout->lineCount() > 0 ? layout->lineAt(layout->lineCount() - 1).y() : 0.0);
}

/// Draws what is on every page but the title page: header and footer.
void paintFrame(QPainter &p, const PageGeometry &g, const ReportContent &content, const QString &family, int page,
                int pages)
{
    p.save();
    const QFont font = pdfFont(family, 7.5);
    p.setFont(font);
    p.setPen(Grey);
    const QFontMetricsF metrics(font, p.device());
    QString head = content.title;
    if (!content.organisation.isEmpty())
        head += QStringLiteral("  \u00B7  ") + content.organisation;
    head = metrics.elidedText(head, Qt::ElideRight, g.width());
    p.drawText(QRectF(g.left(), g.mm(12), g.width(), g.mm(6.5)), Qt::AlignLeft | Qt::AlignBottom, head);
    p.setPen(QPen(RuleGrey, g.pt(0.5)));
    p.drawLine(QPointF(g.left(), g.mm(19.5)), QPointF(g.left() + g.width(), g.mm(19.5)));
    p.drawLine(QPointF(g.left(), g.mm(277)), QPointF(g.left() + g.width(), g.mm(277)));
    p.setPen(Grey);
    const QRectF foot(g.left(), g.mm(278.5), g.width(), g.mm(6));
    const QString pageText = pageLabel(content.labels.page, page, pages);
    p.drawText(foot, Qt::AlignRight | Qt::AlignTop, pageText);
    const double room = g.width() - metrics.horizontalAdvance(pageText) - g.mm(8);
    p.drawText(foot, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(content.dateText, Qt::ElideRight, room));
    p.restore();
}

/// Draws `text` wrapped into the text width from `y`; returns the y under it.
double paintWrapped(QPainter &p, const PageGeometry &g, double y, double x, double width, const QString &text,
                    const QFont &font, const QColor &colour)
{
    if (text.isEmpty())
        return y;
    p.setFont(font);
    p.setPen(colour);
    const QRectF area(x, y, width, g.mm(200));
    const QRectF used = p.boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return y + used.height();
}

void paintTitlePage(QPainter &p, const PageGeometry &g, const ReportContent &content, const Logo &logo,
                    const QString &family)
{
    p.save();
    const double x = g.left();
    const double w = g.width();
    double y = g.mm(25);
    const auto font = [&](double points, bool bold) { return pdfFont(family, points, bold); };
    if (!logo.mime.isEmpty()) {
        const double maxW = g.mm(80), maxH = g.mm(45);
        if (logo.mime == u"image/svg+xml") {
            QSvgRenderer svg(logo.data);
            QSizeF size = svg.defaultSize();
            if (size.isEmpty())
                size = QSizeF(100, 100);
            const double scale = std::min(maxW / size.width(), maxH / size.height());
            const QRectF target(x, y, size.width() * scale, size.height() * scale);
            svg.render(&p, target);
            y = target.bottom();
        } else {
            QImage image = QImage::fromData(logo.data);
            if (!image.isNull()) {
                const double scale = std::min(maxW / image.width(), maxH / image.height());
                const QRectF target(x, y, image.width() * scale, image.height() * scale);
                // 300 dpi is plenty for a logo; keep the PDF small.
                const QSize needed((target.size() * 300.0 / g.resolution).toSize());
                if (image.width() > needed.width() * 1.5)
                    image = image.scaled(needed, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                p.setRenderHint(QPainter::SmoothPixmapTransform);
                p.drawImage(target, image);
                y = target.bottom();
            }
        }
    }
    y = std::max(y + g.mm(20), g.mm(95));
    p.fillRect(QRectF(x, y - g.mm(9), g.mm(28), g.mm(1.6)), HeadingBlue);
    y = paintWrapped(p, g, y, x, w, content.title, font(28, true), HeadingBlue);
    if (!content.subtitle.isEmpty())
        y = paintWrapped(p, g, y + g.mm(5), x, w, content.subtitle, font(14, false), QColor(0x3a, 0x44, 0x50));
    if (!content.organisation.isEmpty())
        y = paintWrapped(p, g, y + g.mm(9), x, w, content.organisation, font(14, true), Ink);

    // Prepared for, author, date.
    const std::pair<QString, QString> rows[] = {{content.labels.preparedFor, content.organisation},
                                                {content.labels.author, content.author},
                                                {content.labels.date, content.dateText}};
    y = std::max(y + g.mm(25), g.mm(200));
    const double labelWidth = g.mm(38);
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        paintWrapped(p, g, y + g.pt(1), x, labelWidth - g.mm(3), label, font(9, false), Grey);
        y = paintWrapped(p, g, y, x + labelWidth, w - labelWidth, value, font(10.5, false), Ink) + g.mm(2.5);
    }

    const QString made = colophon(content);
    if (!made.isEmpty()) {
        const QFont small = font(8, false);
        p.setFont(small);
        const QRectF area(x, 0, w, g.mm(40));
        const double height = p.boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, made).height();
        const double top = std::max(y + g.mm(8), g.mm(280) - height);
        p.setPen(QPen(RuleGrey, g.pt(0.5)));
        p.drawLine(QPointF(x, top - g.mm(3)), QPointF(x + w, top - g.mm(3)));
        paintWrapped(p, g, top, x, w, made, small, Grey);
    }
    p.restore();
}

// ---------------------------------------------------------------------------------------------
// HTML

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Escaped, line breaks kept.
QString escLines(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

QString severityCss()
{
    QString css;
    for (int s = 1; s <= 5; ++s)
        css += QStringLiteral(".sev-%1{border-left-color:%2}.sev-%1 .sev-mark{color:%2}\n")
                   .arg(s)
                   .arg(severityColour(s).name());
    for (const ReportTone tone : {ReportTone::Good, ReportTone::Warning, ReportTone::Bad, ReportTone::None}) {
        const ToneStyle t = toneStyle(tone);
        const QString name = QString::fromLatin1(t.name);
        css += QStringLiteral(".tile.tone-%1{background:%2;border-left-color:%3}.tone-%1 .sym{color:%3}"
                              "td.tone-%1{border-left:3px solid %3}\n")
                   .arg(name, t.fill.name(), t.colour.name());
    }
    return css;
}

const char *const HtmlStyle = R"css(
:root{--ink:#1a1a1a;--blue:#1f3864;--grey:#5f6b7a;--rule:#b8c0cc}
html{background:#fff;color:var(--ink)}
body{font-family:"DejaVu Sans","Noto Sans","Segoe UI",Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;
 max-width:60em;margin:0 auto;padding:2em 1.5em 4em}
h1,h2,h3{color:var(--blue);line-height:1.25}
h1{font-size:1.65em;margin:2.2em 0 .7em;padding-bottom:.25em;border-bottom:1px solid var(--rule)}
h2{font-size:1.25em;margin:1.6em 0 .5em}
h3{font-size:1.05em;margin:0 0 .15em;color:var(--ink)}
p{margin:0 0 .7em}
.title-page{margin:1em 0 3em;padding-bottom:2em;border-bottom:1px solid var(--rule)}
.title-page .logo{display:block;max-height:7em;max-width:16em;margin-bottom:2.5em}
.doc-title{font-size:2.3em;font-weight:bold;color:var(--blue);line-height:1.15;margin:0 0 .35em;
 border-top:.3em solid var(--blue);padding-top:.5em;display:inline-block}
.subtitle{font-size:1.25em;color:#3a4450;margin:0 0 .6em}
.organisation{font-size:1.2em;font-weight:bold;margin:0 0 2em}
table.meta{border-collapse:collapse;margin:0 0 2em}
table.meta th{text-align:left;font-weight:normal;color:var(--grey);padding:.15em 2em .15em 0;vertical-align:top}
table.meta td{padding:.15em 0}
.colophon{font-size:.8em;color:var(--grey)}
nav.toc ol{list-style:none;padding:0;margin:0 0 2em}
nav.toc li{margin:.2em 0}
nav.toc li.l1{font-weight:bold;margin-top:.6em}
nav.toc li.l2{padding-left:1.6em}
nav.toc a{color:var(--blue);text-decoration:none}
nav.toc a:hover,nav.toc a:focus{text-decoration:underline}
ul{margin:0 0 .9em;padding-left:1.6em}
li{margin:.15em 0}
.note{background:#eef2f8;border-left:4px solid #5b7fb5;padding:.6em .9em;margin:.5em 0 1.1em;font-size:.95em}
.note p{margin:0}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(13em,1fr));gap:.7em;margin:.3em 0 1.2em}
.tile{border-left:5px solid;padding:.7em .9em;break-inside:avoid;page-break-inside:avoid}
.tile .value{font-size:1.5em;font-weight:bold;line-height:1.2}
.tile .sym{margin-right:.3em}
.tile .label{font-weight:bold;font-size:.9em;margin:.2em 0}
.tile .detail{font-size:.8em;color:var(--grey)}
.table-wrap{overflow-x:auto;margin:.6em 0 1.2em}
table.data{border-collapse:collapse;width:100%;font-size:.85em}
table.data caption{caption-side:top;text-align:left;font-size:1.05em;padding:.2em 0 .4em}
table.data th,table.data td{border:1px solid var(--rule);padding:.25em .5em;vertical-align:top;text-align:left}
table.data thead th{background:#e3e9f1}
table.data tbody tr:nth-child(even) td{background:#f4f6f9}
table.data .num{text-align:right;font-variant-numeric:tabular-nums}
table.data .sym{font-weight:bold;margin-right:.35em}
.table-note{font-size:.8em;color:var(--grey);margin:.3em 0 0}
.label-n{font-weight:bold}
figure{margin:1.2em 0 1.6em;text-align:center;break-inside:avoid;page-break-inside:avoid}
figure img{max-width:100%;height:auto}
figcaption{font-size:.85em;margin-top:.4em}
.finding{border:1px solid var(--rule);border-left:7px solid;padding:.8em 1em .6em;margin:.8em 0 1.3em;
 break-inside:avoid;page-break-inside:avoid}
.finding .severity{font-size:.8em;font-weight:bold;color:var(--grey);margin:0 0 .5em}
.finding .paths-label{font-weight:bold;font-size:.9em;margin:.2em 0 .2em}
.finding ul.paths{font-size:.9em}
.action{margin:.8em 0 .2em;padding-left:.8em;border-left:2px solid #dde3ea}
.action .rule{font-size:.8em;font-weight:bold;color:var(--blue);margin:0}
.action .action-title{font-weight:bold;margin:0 0 .2em}
.action .rationale{font-size:.9em}
.action .source{font-size:.8em;color:var(--grey)}
@page{size:A4;margin:20mm}
@media print{
 body{max-width:none;padding:0;font-size:10pt}
 .title-page{break-after:page;page-break-after:always;border:0}
 nav.toc{break-after:page;page-break-after:always}
 h1{break-before:page;page-break-before:always;margin-top:0}
 h1,h2,h3,caption,.paths-label{break-after:avoid;page-break-after:avoid}
 thead{display:table-header-group}
 tr,figure,.finding,.tile,.note{break-inside:avoid;page-break-inside:avoid}
 .table-wrap{overflow:visible}
 a{color:inherit;text-decoration:none}
}
)css";

} // namespace

// ---------------------------------------------------------------------------------------------

ReportWriter::ReportWriter(const ReportContent &content, const Model &model, const DependencyAnalysis &analysis)
    : m_content(content)
    , m_model(model)
    , m_analysis(analysis)
{
    // Unique anchors, usable as HTML ids (no white space).
    QSet<QString> used;
    int n = 0;
    m_anchors.resize(m_content.blocks.size());
    for (std::size_t i = 0; i < m_content.blocks.size(); ++i) {
        const ReportBlock &b = m_content.blocks[i];
        if (b.kind != ReportBlock::Kind::Heading)
            continue;
        ++n;
        QString anchor = b.anchor.simplified();
        anchor.replace(u' ', u'-');
        if (anchor.isEmpty())
            anchor = QStringLiteral("section-%1").arg(n);
        const QString base = anchor;
        for (int k = 2; used.contains(anchor); ++k)
            anchor = base + u'-' + QString::number(k);
        used.insert(anchor);
        m_anchors[i] = anchor;
    }
}

ReportWriter::~ReportWriter() = default;

void ReportWriter::setProgress(std::function<bool(double)> progress)
{
    m_progress = std::move(progress);
}

bool ReportWriter::step(double share) const
{
    return !m_progress || m_progress(std::clamp(share, 0.0, 1.0));
}

bool ReportWriter::writePdf(const QString &path, QString *error)
{
    m_pageCount = 0;
    m_toc.clear();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString cancelled = tr("Writing the report was cancelled.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto cancel = [&] {
        file.cancelWriting();
        return fail(cancelled);
    };
    if (!step(0))
        return cancel();

    PageGeometry g;
    QPdfWriter writer(&file);
    writer.setResolution(int(g.resolution));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(m_content.title);
    writer.setCreator(QStringLiteral("Antrum"));

    ReportChartObject charts(m_model, m_analysis);
    for (const ReportBlock &b : m_content.blocks)
        if (b.kind == ReportBlock::Kind::Chart)
            charts.add(b.chart);
    if (!step(0.05))
        return cancel();

    // Lay out until the page numbers of the table of contents and the moved blocks no
    // longer change.
    PdfBody body(m_content, m_anchors, &charts, &writer, g);
    std::vector<int> tocPages;
    std::set<int> breaks;
    std::unique_ptr<QTextDocument> doc;
    constexpr int MaxPasses = 12;
    const double pageHeight = g.bodyHeight();
    const auto pageOf = [&](double y) { return int(std::floor((y + g.pt(0.5)) / pageHeight)); };
    for (int pass = 0; pass < MaxPasses; ++pass) {
        doc = body.build(tocPages, breaks);
        doc->documentLayout()->documentSize(); // lays it all out
        std::vector<int> pages;
        for (const PdfBody::Heading &h : body.headings())
            pages.push_back(pageOf(lineTop(doc.get(), h.position)) + 2);
        bool changed = pages != tocPages;
        tocPages = std::move(pages);
        const auto &keeps = body.keeps();
        std::map<int, std::size_t> keptBy; // a block -> the keep whose next it is
        for (std::size_t k = 0; k < keeps.size(); ++k)
            if (!keeps[k].together && keeps[k].next >= 0 && keeps[k].next != keeps[k].position)
                keptBy.emplace(keeps[k].next, k);
        for (std::size_t k = 0; k < keeps.size(); ++k) {
            if (breaks.count(int(k)))
                continue;
            if (keeps[k].together) {
                QTextFrame *frame = doc->frameAt(keeps[k].position);
                if (!frame || frame == doc->rootFrame())
                    continue;
                const QRectF rect = doc->documentLayout()->frameBoundingRect(frame);
                const int page = pageOf(rect.top());
                const bool atTop = rect.top() - page * pageHeight < g.pt(2);
                bool split = !atTop && pageOf(rect.bottom() - g.pt(1)) > page && rect.height() < pageHeight * 0.9;
                if (split && keeps[k].loose && rect.height() > pageHeight * 0.35) {
                    // A long block may break, but leaves neither a few lines behind nor carries
                    // a few over.
                    const double least = std::max(g.pt(72), rect.height() * 0.25);
                    const double before = (page + 1) * pageHeight - rect.top();
                    const double after = rect.bottom() - (page + 1) * pageHeight;
                    split = before < least || after < least;
                }
                if (split) {
                    breaks.insert(int(k));
                    changed = true;
                }
                continue;
            }
            if (keeps[k].next < 0 || keeps[k].next == keeps[k].position)
                continue;
            const double next = keeps[k].wholeNext ? lastLineTop(doc.get(), keeps[k].next) : lineTop(doc.get(), keeps[k].next);
            if (pageOf(next) <= pageOf(lineTop(doc.get(), keeps[k].position)))
                continue;
            // Move the whole chain (heading, caption, first row) to the next page: start at
            // its first block that does not already start a page.
            const auto atTop = [&](int position) {
                const double top = lineTop(doc.get(), position);
                return top - pageOf(top) * pageHeight < g.pt(2);
            };
            std::size_t head = k;
            for (auto found = keptBy.find(keeps[head].position); found != keptBy.end();
                 found = keptBy.find(keeps[head].position)) {
                const std::size_t before = found->second;
                if (breaks.count(int(before)) || atTop(keeps[before].position))
                    break;
                head = before;
            }
            if (!atTop(keeps[head].position) && !breaks.count(int(head))) {
                breaks.insert(int(head));
                changed = true;
            }
        }
        if (!step(0.05 + 0.3 * (pass + 1) / MaxPasses))
            return cancel();
        if (!changed)
            break;
    }
    const int bodyPages = doc->pageCount();
    const int pages = bodyPages + 1;

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("Cannot write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(path)));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintTitlePage(painter, g, m_content, readLogo(m_content.logoPath), body.family());
    for (int i = 0; i < bodyPages; ++i) {
        if (!step(0.4 + 0.6 * i / std::max(1, bodyPages))) {
            painter.end();
            return cancel();
        }
        if (!writer.newPage()) {
            painter.end();
            file.cancelWriting();
            return fail(tr("Cannot write %1: a page could not be added.").arg(QDir::toNativeSeparators(path)));
        }
        paintFrame(painter, g, m_content, body.family(), i + 2, pages);
        painter.save();
        painter.translate(g.left(), g.bodyTop() - i * pageHeight);
        // A little room around the page for borders drawn on its edges; but only the lines of
        // this page are drawn (a line of the next page drawn here, even clipped away, would be
        // text of this page for a reader or a search).
        painter.setClipRect(QRectF(-g.mm(3), i * pageHeight - g.pt(0.8), g.width() + g.mm(6), pageHeight + g.pt(1.6)));
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(-g.mm(3), i * pageHeight + 1, g.width() + g.mm(6), pageHeight - 2);
        context.palette.setColor(QPalette::Text, Ink);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    if (!step(1.0))
        return cancel();
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    m_pageCount = pages;
    const auto &headings = body.headings();
    for (std::size_t i = 0; i < headings.size(); ++i)
        m_toc.push_back({headings[i].level, headings[i].text, headings[i].anchor, tocPages[i]});
    return true;
}

QString ReportWriter::html() const
{
    return buildHtml(nullptr);
}

bool ReportWriter::writeHtml(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    bool cancelled = false;
    if (!step(0))
        return fail(tr("Writing the report was cancelled."));
    const QString text = buildHtml(&cancelled);
    if (cancelled)
        return fail(tr("Writing the report was cancelled."));
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    step(1.0);
    return true;
}

QString ReportWriter::buildHtml(bool *cancelled) const
{
    const ReportContent &c = m_content;
    QString out;
    out.reserve(256 * 1024);
    const QString lang = c.language.isEmpty() ? QStringLiteral("en") : c.language;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(lang) + QStringLiteral("\">\n<head>\n")
        + QStringLiteral("<meta charset=\"utf-8\">\n")
        + QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                         "style-src 'unsafe-inline'\">\n")
        + QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        + QStringLiteral("<meta name=\"generator\" content=\"Antrum\">\n") + QStringLiteral("<title>") + esc(c.title)
        + QStringLiteral("</title>\n<style>") + QString::fromUtf8(HtmlStyle) + severityCss()
        + QStringLiteral("</style>\n</head>\n<body>\n");

    // Title block.
    out += QStringLiteral("<header class=\"title-page\">\n");
    const Logo logo = readLogo(c.logoPath);
    if (!logo.mime.isEmpty())
        out += QStringLiteral("<img class=\"logo\" src=\"data:") + logo.mime + QStringLiteral(";base64,")
            + QString::fromLatin1(logo.data.toBase64()) + QStringLiteral("\" alt=\"") + esc(c.organisation)
            + QStringLiteral("\">\n");
    out += QStringLiteral("<p class=\"doc-title\" role=\"heading\" aria-level=\"1\">") + esc(c.title)
        + QStringLiteral("</p>\n");
    if (!c.subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\">") + esc(c.subtitle) + QStringLiteral("</p>\n");
    if (!c.organisation.isEmpty())
        out += QStringLiteral("<p class=\"organisation\">") + esc(c.organisation) + QStringLiteral("</p>\n");
    const std::pair<QString, QString> meta[] = {
        {c.labels.preparedFor, c.organisation}, {c.labels.author, c.author}, {c.labels.date, c.dateText}};
    QString metaRows;
    for (const auto &[label, value] : meta)
        if (!value.isEmpty())
            metaRows += QStringLiteral("<tr><th scope=\"row\">") + esc(label) + QStringLiteral("</th><td>")
                + esc(value) + QStringLiteral("</td></tr>\n");
    if (!metaRows.isEmpty())
        out += QStringLiteral("<table class=\"meta\">\n") + metaRows + QStringLiteral("</table>\n");
    if (const QString made = colophon(c); !made.isEmpty())
        out += QStringLiteral("<p class=\"colophon\">") + esc(made) + QStringLiteral("</p>\n");
    out += QStringLiteral("</header>\n");

    // Table of contents.
    out += QStringLiteral("<nav class=\"toc\" aria-labelledby=\"antrum-toc\">\n<h2 id=\"antrum-toc\">")
        + esc(c.labels.contents) + QStringLiteral("</h2>\n<ol>\n");
    for (std::size_t i = 0; i < c.blocks.size(); ++i) {
        const ReportBlock &b = c.blocks[i];
        if (b.kind != ReportBlock::Kind::Heading)
            continue;
        out += QStringLiteral("<li class=\"l%1\"><a href=\"#").arg(b.level <= 1 ? 1 : 2) + esc(m_anchors[i])
            + QStringLiteral("\">") + esc(b.text) + QStringLiteral("</a></li>\n");
    }
    out += QStringLiteral("</ol>\n</nav>\n<main>\n");

    int charts = 0;
    for (const ReportBlock &b : c.blocks)
        charts += b.kind == ReportBlock::Kind::Chart ? 1 : 0;
    ReportChartObject chartObject(m_model, m_analysis);
    int tables = 0, figures = 0;
    for (std::size_t i = 0; i < c.blocks.size(); ++i) {
        const ReportBlock &b = c.blocks[i];
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const QString tag = b.level <= 1 ? QStringLiteral("h1") : QStringLiteral("h2");
            out += u'<' + tag + QStringLiteral(" id=\"") + esc(m_anchors[i]) + QStringLiteral("\">") + esc(b.text)
                + QStringLiteral("</") + tag + QStringLiteral(">\n");
            break;
        }
        case ReportBlock::Kind::Paragraph:
            out += QStringLiteral("<p>") + escLines(b.text) + QStringLiteral("</p>\n");
            break;
        case ReportBlock::Kind::Bullets:
            out += QStringLiteral("<ul>\n");
            for (const QString &item : b.items)
                out += QStringLiteral("<li>") + escLines(item) + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Note:
            out += QStringLiteral("<aside class=\"note\"><p>") + escLines(b.text) + QStringLiteral("</p></aside>\n");
            break;
        case ReportBlock::Kind::KeyFigures:
            out += QStringLiteral("<div class=\"figures\">\n");
            for (const ReportKeyFigure &f : b.figures) {
                const ToneStyle tone = toneStyle(f.tone);
                out += QStringLiteral("<div class=\"tile tone-") + QString::fromLatin1(tone.name)
                    + QStringLiteral("\"><div class=\"value\">");
                if (!tone.symbol.isEmpty())
                    out += QStringLiteral("<span class=\"sym\" aria-hidden=\"true\">") + tone.symbol
                        + QStringLiteral("</span>");
                out += esc(f.value) + QStringLiteral("</div><div class=\"label\">") + esc(f.label)
                    + QStringLiteral("</div>");
                if (!f.detail.isEmpty())
                    out += QStringLiteral("<div class=\"detail\">") + esc(f.detail) + QStringLiteral("</div>");
                out += QStringLiteral("</div>\n");
            }
            out += QStringLiteral("</div>\n");
            break;
        case ReportBlock::Kind::Table: {
            const ReportTable &t = b.table;
            qsizetype columns = std::max<qsizetype>(1, t.header.size());
            for (const QStringList &row : t.rows)
                columns = std::max(columns, row.size());
            const auto numeric = [&](qsizetype col) { return col < t.numeric.size() && t.numeric.at(col); };
            out += QStringLiteral("<div class=\"table-wrap\"><table class=\"data\">\n<caption><span class=\"label-n\">")
                + esc(numberedLabel(c.labels.table, ++tables)) + QStringLiteral(":</span> ") + esc(t.caption)
                + QStringLiteral("</caption>\n");
            if (t.widths.size() == columns) {
                double sum = 0;
                for (int w : t.widths)
                    sum += std::max(w, 1);
                out += QStringLiteral("<colgroup>");
                for (int w : t.widths)
                    out += QStringLiteral("<col style=\"width:%1%\">").arg(100.0 * std::max(w, 1) / sum, 0, 'f', 1);
                out += QStringLiteral("</colgroup>\n");
            }
            if (!t.header.isEmpty()) {
                out += QStringLiteral("<thead><tr>");
                for (qsizetype col = 0; col < columns; ++col)
                    out += (numeric(col) ? QStringLiteral("<th scope=\"col\" class=\"num\">")
                                         : QStringLiteral("<th scope=\"col\">"))
                        + esc(col < t.header.size() ? t.header.at(col) : QString()) + QStringLiteral("</th>");
                out += QStringLiteral("</tr></thead>\n");
            }
            out += QStringLiteral("<tbody>\n");
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                const QStringList &row = t.rows[r];
                const ToneStyle tone = toneStyle(r < t.tones.size() ? t.tones[r] : ReportTone::None);
                out += QStringLiteral("<tr>");
                for (qsizetype col = 0; col < columns; ++col) {
                    QStringList classes;
                    if (numeric(col))
                        classes << QStringLiteral("num");
                    if (col == 0 && !tone.symbol.isEmpty())
                        classes << QStringLiteral("tone-") + QString::fromLatin1(tone.name);
                    out += classes.isEmpty() ? QStringLiteral("<td>")
                                             : QStringLiteral("<td class=\"") + classes.join(u' ') + QStringLiteral("\">");
                    if (col == 0 && !tone.symbol.isEmpty())
                        out += QStringLiteral("<span class=\"sym\" aria-hidden=\"true\">") + tone.symbol
                            + QStringLiteral("</span>");
                    out += escLines(col < row.size() ? row.at(col) : QString()) + QStringLiteral("</td>");
                }
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</tbody>\n</table>");
            if (!t.note.isEmpty())
                out += QStringLiteral("<p class=\"table-note\">") + esc(t.note) + QStringLiteral("</p>");
            out += QStringLiteral("</div>\n");
            break;
        }
        case ReportBlock::Kind::Chart: {
            const int index = chartObject.add(b.chart);
            const QString label = numberedLabel(c.labels.figure, ++figures);
            const QSizeF size = chartObject.sceneSize(index);
            const QByteArray svg = chartObject.svg(index);
            out += QStringLiteral("<figure>\n");
            if (!svg.isEmpty())
                out += QStringLiteral("<img src=\"data:image/svg+xml;base64,") + QString::fromLatin1(svg.toBase64())
                    + QStringLiteral("\" width=\"%1\" height=\"%2\" alt=\"").arg(qRound(size.width())).arg(qRound(size.height()))
                    + esc(label + QStringLiteral(": ") + b.chart.caption) + QStringLiteral("\">\n");
            out += QStringLiteral("<figcaption><span class=\"label-n\">") + esc(label) + QStringLiteral(":</span> ")
                + esc(b.chart.caption) + QStringLiteral("</figcaption>\n</figure>\n");
            if (cancelled && !step(0.9 * figures / std::max(1, charts))) {
                *cancelled = true;
                return {};
            }
            break;
        }
        case ReportBlock::Kind::Finding: {
            const ReportFinding &f = b.finding;
            out += QStringLiteral("<section class=\"finding sev-%1\">\n").arg(std::clamp(f.severity, 1, 5));
            out += QStringLiteral("<h3>") + esc(f.title) + QStringLiteral("</h3>\n");
            if (!f.severityText.isEmpty())
                out += QStringLiteral("<p class=\"severity\"><span class=\"sev-mark\" aria-hidden=\"true\">\u25A0</span> ")
                    + esc(f.severityText) + QStringLiteral("</p>\n");
            if (!f.text.isEmpty())
                out += QStringLiteral("<p>") + escLines(f.text) + QStringLiteral("</p>\n");
            if (!f.paths.isEmpty()) {
                out += QStringLiteral("<p class=\"paths-label\">") + esc(c.labels.explanation)
                    + QStringLiteral("</p>\n<ul class=\"paths\">\n");
                for (const QString &path : f.paths)
                    out += QStringLiteral("<li>") + esc(path) + QStringLiteral("</li>\n");
                out += QStringLiteral("</ul>\n");
            }
            for (const ReportFinding::Action &a : f.actions) {
                QStringList head;
                const QString rule = QString(c.labels.recommendation + u' ' + a.rule).trimmed();
                if (!rule.isEmpty())
                    head << esc(rule);
                if (!a.priorityText.isEmpty())
                    head << esc(a.priorityText);
                out += QStringLiteral("<div class=\"action\">\n<p class=\"rule\">") + head.join(QStringLiteral(" &middot; "))
                    + QStringLiteral("</p>\n<p class=\"action-title\">") + esc(a.title) + QStringLiteral("</p>\n");
                if (!a.text.isEmpty())
                    out += QStringLiteral("<p>") + escLines(a.text) + QStringLiteral("</p>\n");
                if (!a.rationale.isEmpty())
                    out += QStringLiteral("<p class=\"rationale\"><strong>") + esc(c.labels.rationale)
                        + QStringLiteral(":</strong> ") + esc(a.rationale) + QStringLiteral("</p>\n");
                if (!a.source.isEmpty())
                    out += QStringLiteral("<p class=\"source\"><strong>") + esc(c.labels.source)
                        + QStringLiteral(":</strong> ") + esc(a.source) + QStringLiteral("</p>\n");
                out += QStringLiteral("</div>\n");
            }
            out += QStringLiteral("</section>\n");
            break;
        }
        }
    }
    out += QStringLiteral("</main>\n</body>\n</html>\n");
    return out;
}

} // namespace antrum
