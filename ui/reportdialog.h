// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace antrum {

/// File › Export report: the title page (organisation, author, logo), the language and the
/// file (PDF or HTML by its extension), remembered between runs; then writes the sovereignty
/// report of the model. The analyses run in the background and the pages are drawn after,
/// both under one progress dialog that can cancel; nothing is written unless all succeeds.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    /// `model` is copied: edits made later do not change this report.
    explicit ReportDialog(const Model &model, QWidget *parent = nullptr);
    ~ReportDialog() override;

    struct Settings {
        QString organisation;
        QString author;
        QString logoPath;
        QString language; ///< "en", "nl"
        QString path;     ///< .pdf or .html
        bool openAfter = false;
    };
    Settings settings() const;
    void setSettings(const Settings &settings);

    /// Writes the report with the current settings (what OK does, without closing). Returns
    /// whether it was written; error() says why not ("cancelled" when the user cancelled).
    bool exportReport();
    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    int pageCount() const { return m_pages; }
    double seconds() const { return m_seconds; }
    /// Called with the share done while exporting, instead of the user's Cancel: return false
    /// to cancel (tests).
    void setProgressHook(std::function<bool(double)> hook) { m_hook = std::move(hook); }

    void accept() override;

private:
    void chooseFile();
    void chooseLogo();
    void updateOk();
    void remember() const;

    Model m_model;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_logo = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_openAfter = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_error;
    bool m_cancelled = false;
    int m_pages = 0;
    double m_seconds = 0;
    std::function<bool(double)> m_hook;
};

} // namespace antrum
