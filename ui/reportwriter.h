// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace antrum {

/// Renders a ReportContent as a PDF (A4, title page, table of contents with true page
/// numbers, header and footer, vector charts) and as one standalone HTML file (no scripts,
/// nothing external, charts as embedded SVG). It decides how the report looks, never what it
/// says; every string of the content is plain text and escaped. Must be used on the GUI
/// thread (charts are drawn by widgets).
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    /// `model` and `analysis` draw the graph charts (ReportChart::Kind::Graph); both must
    /// outlive the writer. The content is copied.
    ReportWriter(const ReportContent &content, const Model &model, const DependencyAnalysis &analysis);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    /// Called with the share done (0..1) while writing; return false to cancel (the write
    /// then fails with a "cancelled" error and leaves no file).
    void setProgress(std::function<bool(double)> progress);

    /// The standalone HTML document.
    QString html() const;
    /// Writes html() to `path` (complete or not at all). On failure returns false and sets
    /// *error.
    bool writeHtml(const QString &path, QString *error);
    /// Writes the PDF to `path` (complete or not at all: a failed or cancelled write leaves
    /// any previous file untouched). On failure returns false and sets *error.
    bool writePdf(const QString &path, QString *error);

    /// Pages of the PDF written last (0 before writePdf).
    int pageCount() const { return m_pageCount; }
    /// An entry of the table of contents: a level 1 or 2 heading, its anchor (unique in the
    /// report; the HTML ids) and the PDF page it is on (1 is the title page).
    struct TocEntry {
        int level = 1;
        QString text;
        QString anchor;
        int page = 0;
    };
    /// The table of contents of the PDF written last, with its true page numbers.
    std::vector<TocEntry> tableOfContents() const { return m_toc; }

private:
    bool step(double share) const;
    QString buildHtml(bool *cancelled) const;

    ReportContent m_content;
    const Model &m_model;
    const DependencyAnalysis &m_analysis;
    std::function<bool(double)> m_progress;
    std::vector<QString> m_anchors; ///< per block: the unique anchor of a heading, else empty
    int m_pageCount = 0;
    std::vector<TocEntry> m_toc;
};

} // namespace antrum
