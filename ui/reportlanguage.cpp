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
    const QLocale locale(language == u"nl" ? QLocale(QLocale::Dutch, QLocale::Netherlands) : QLocale(QLocale::English, QLocale::UnitedKingdom));
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

QStringList ReportLanguage::languages() { return {QStringLiteral("en"), QStringLiteral("nl")}; }

QString ReportLanguage::nativeName(const QString &language)
{
    return language == u"nl" ? QStringLiteral("Nederlands") : QStringLiteral("English");
}

QString ReportLanguage::defaultLanguage()
{
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return languages().contains(system) ? system : QStringLiteral("en");
}

} // namespace antrum
