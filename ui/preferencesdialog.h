// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace antrum {

/// Edit › Preferences: the interface language (English, Nederlands, Deutsch, Français, or the
/// system's) and the colour theme. The theme applies at once; a new language at the next
/// start, which `restartRequested()` tells the main window to offer.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Stores the choices (and applies the theme).
    void accept() override;
    /// True after accept() when the language chosen differs from the one running.
    bool languageChanged() const { return m_languageChanged; }

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_note = nullptr;
    QString m_running;
    bool m_languageChanged = false;
};

} // namespace antrum
