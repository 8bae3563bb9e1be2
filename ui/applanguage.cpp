// SPDX-License-Identifier: GPL-3.0-or-later
#include "applanguage.h"

#include "reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace antrum::AppLanguage {

namespace {
const QString Key = QStringLiteral("ui/language");
QString &installed()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString running()
{
    return installed();
}

QString configured()
{
    const QString language = QSettings().value(Key).toString();
    return ReportLanguage::languages().contains(language) ? language : QString();
}

void setConfigured(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(Key);
    else
        QSettings().setValue(Key, language);
}

QString system()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (ReportLanguage::languages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString effective()
{
    const QString chosen = configured();
    return chosen.isEmpty() ? system() : chosen;
}

bool install(const QString &language)
{
    // Kept for the life of the program: installed translators must outlive their use.
    static std::unique_ptr<QTranslator> antrumTranslator, qtTranslator;
    for (auto *t : {antrumTranslator.get(), qtTranslator.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    antrumTranslator.reset();
    qtTranslator.reset();
    const QLocale locale = ReportLanguage::localeFor(language);
    QLocale::setDefault(locale);
    installed() = QStringLiteral("en");
    if (language == u"en")
        return true;
    qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    antrumTranslator = std::make_unique<QTranslator>();
    if (!antrumTranslator->load(QStringLiteral(":/i18n/antrum_%1.qm").arg(language))) {
        antrumTranslator.reset();
        return false;
    }
    QCoreApplication::installTranslator(antrumTranslator.get());
    installed() = language;
    return true;
}

} // namespace antrum::AppLanguage
