// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace antrum {

/// The language of the user interface: chosen in Edit › Preferences (kept in QSettings as
/// "ui/language"), or the system's when Antrum ships it, else English. It is installed once
/// at start-up: changing it takes effect at the next start (the dialog offers a restart).
namespace AppLanguage {

/// The language chosen in the preferences, or empty for "the system's".
QString configured();
void setConfigured(const QString &language);
/// The first of the user's preferred languages (LANGUAGE, then the locale) that Antrum
/// ships, else "en".
QString system();
/// The language the interface uses: configured(), else system().
QString effective();
/// Installs Antrum's and Qt's translations of `language` and makes QLocale() write numbers,
/// dates and money its way. Returns false if Antrum's translation could not be loaded
/// (then the interface stays English).
bool install(const QString &language);
/// The language installed last ("en" before any).
QString running();

} // namespace AppLanguage

} // namespace antrum
