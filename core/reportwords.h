// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

/// Numbers, amounts and lists as sentences of the report and the recommendations write them:
/// in the default QLocale (English when it is "C"), with the installed translator. One place, so
/// that "€ 73,000" and "A, B and 3 more" read the same everywhere.
namespace antrum::words {

/// The translation context of these words.
struct ReportWords {
    Q_DECLARE_TR_FUNCTIONS(ReportWords)
};

/// The default locale, or English when it is the "C" locale (tests, scripts).
QLocale numberLocale();
QString money(double euros);                  ///< "€ 73,000" (whole euros)
QString decimal(double value, int digits = 1); ///< "69.8"
QString whole(double value);                  ///< "4,170"
QString percent(double share);                ///< 0.18 -> "18%"
QString months(double m);                     ///< "1 month", "2.5 months"
QString hours(double h);                      ///< "1 hour", "72 hours"
QString longDate(const QDate &date);          ///< "23 November 2026" / "23 november 2026"
/// "A", "A and B", "A, B and C"; beyond `limit` names "A, B, ... and 3 more".
QString listText(const QStringList &items, int limit);
QString capabilityCount(qsizetype n);         ///< "1 capability", "3 capabilities"
QString applicationCount(qsizetype n);        ///< "1 application", "3 applications"

} // namespace antrum::words
