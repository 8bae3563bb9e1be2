// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwords.h"

#include <cmath>

namespace antrum::words {

QLocale numberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

QString money(double euros) { return ReportWords::tr("€ %1").arg(numberLocale().toString(std::round(euros), 'f', 0)); }
QString decimal(double value, int digits) { return numberLocale().toString(value, 'f', digits); }
QString whole(double value) { return numberLocale().toString(std::round(value), 'f', 0); }
QString percent(double share)
{
    return ReportWords::tr("%1%").arg(numberLocale().toString(std::round(100.0 * share), 'f', 0));
}

QString months(double m)
{
    const QString n = numberLocale().toString(m, 'g', 4);
    return m == 1.0 ? ReportWords::tr("1 month") : ReportWords::tr("%1 months").arg(n);
}

QString hours(double h)
{
    const QString n = numberLocale().toString(h, 'g', 6);
    return h == 1.0 ? ReportWords::tr("1 hour") : ReportWords::tr("%1 hours").arg(n);
}

QString longDate(const QDate &date)
{
    // "23 november 2026", "23 November 2026", "23 novembre 2026"; German writes "23. November 2026".
    const QLocale locale = numberLocale();
    return locale.toString(date, locale.language() == QLocale::German ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy"));
}

QString listText(const QStringList &items, int limit)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    if (items.size() > limit) {
        const QStringList shown = items.mid(0, limit);
        return ReportWords::tr("%1 and %2 more").arg(shown.join(ReportWords::tr(", ")), QString::number(items.size() - limit));
    }
    return ReportWords::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(ReportWords::tr(", ")), items.last());
}

QString capabilityCount(qsizetype n)
{
    return n == 1 ? ReportWords::tr("1 capability") : ReportWords::tr("%1 capabilities").arg(n);
}

QString applicationCount(qsizetype n)
{
    return n == 1 ? ReportWords::tr("1 application") : ReportWords::tr("%1 applications").arg(n);
}

} // namespace antrum::words
