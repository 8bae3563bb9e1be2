// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTextBrowser;
QT_END_NAMESPACE

namespace antrum {

/// Help › User guide (F1): the user guide (docs/user-guide.md, or its Dutch version for a
/// Dutch interface) with its screenshots, built into the program, so that it is there offline
/// and matches the version running. Links to the other documents in docs/ open in the same
/// window; web links open in the browser.
class HelpViewer : public QDialog {
    Q_OBJECT
public:
    /// `language`: the interface language ("nl" gets the Dutch guide, others the English one).
    explicit HelpViewer(const QString &language, QWidget *parent = nullptr);

    /// The resource of the guide in `language`.
    static QString guidePath(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace antrum
