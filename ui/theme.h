// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace antrum {

/// The application's colours: the platform's own, or Antrum's light or dark palette (on the
/// Fusion style, which follows a palette everywhere). Charts, the graph and the tables follow
/// whichever is in force.
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); ///< "system", "light", "dark"
std::optional<Theme> themeFromKey(const QString &key);

/// Applies `theme` to the running application (QApplication must exist).
void applyTheme(Theme theme);
/// The theme applied last (System before any call).
Theme currentTheme();

} // namespace antrum
