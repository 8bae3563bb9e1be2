// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace antrum {

namespace {

/// English is the source language: a translator that answers every lookup with the source
/// text, so that a Dutch (or other) translator installed for the user interface is not asked.
class SourceTextTranslator : public QTranslator {
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

ReportLanguage::ReportLanguage(const QString &language)
{
    if (!languages().contains(language))
        return;
    m_previousLocale = QLocale();
    const QLocale locale = localeFor(language);
    if (language == u"en") {
        m_translator = std::make_unique<SourceTextTranslator>();
    } else {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/antrum_%1.qm").arg(language))) {
            m_translator.reset();
            return;
        }
    }
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(locale);
    m_ok = true;
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_ok)
        QLocale::setDefault(m_previousLocale);
}

QStringList ReportLanguage::languages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString ReportLanguage::nativeName(const QString &language)
{
    if (language == u"nl")
        return QStringLiteral("Nederlands");
    if (language == u"de")
        return QStringLiteral("Deutsch");
    if (language == u"fr")
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QLocale ReportLanguage::localeFor(const QString &language)
{
    // The user's own locale when it speaks the language (nl_BE keeps Belgian conventions),
    // else the language's main European country.
    // (By language and territory, not QLocale::system() itself: on Unix that formats numbers
    // by LC_NUMERIC, which is often "C" when only LANGUAGE says the user's language.)
    const QLocale system = QLocale::system();
    if (system.name().section(u'_', 0, 0) == language)
        return QLocale(system.language(), system.territory());
    if (language == u"nl")
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    if (language == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == u"fr")
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString ReportLanguage::defaultLanguage()
{
    // QLocale(): the desktop app sets it to the interface language, the command line leaves
    // it at the system's.
    const QString current = QLocale().name().section(u'_', 0, 0);
    return languages().contains(current) ? current : QStringLiteral("en");
}

} // namespace antrum
