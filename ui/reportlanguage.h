// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace antrum {

/// Puts the application in the language of a report for as long as it lives: Antrum's
/// translation of `language` installed first (English needs none: it is the source language)
/// and the default QLocale set to it, so that the sentences the core writes with tr() and
/// the numbers it formats with QLocale() come out in that language. Restores both when it
/// goes. Both are process-wide: build the report while it lives, and do not create two.
class ReportLanguage {
public:
    explicit ReportLanguage(const QString &language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    /// False when `language` is not one Antrum ships (then nothing was changed).
    bool ok() const { return m_ok; }

    /// The languages Antrum ships, for the interface and the report: "en", "nl", "de", "fr".
    static QStringList languages();
    /// The language's own name ("English", "Nederlands", "Deutsch", "Français").
    static QString nativeName(const QString &language);
    /// How numbers, dates and money are written in `language`.
    static QLocale localeFor(const QString &language);
    /// The shipped language of the default QLocale (the interface's), else English.
    static QString defaultLanguage();

private:
    bool m_ok = false;
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace antrum
