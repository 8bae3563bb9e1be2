// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Paths the tests need, set by tests/CMakeLists.txt.
namespace antrum::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(ANTRUM_TEST_DATA_DIR "/") + relative;
}

/// The public fixtures of ../shared/fixtures, copied into tests/data/fixtures so that a
/// checkout builds and tests on its own.
inline QString fixturePath(const QString &relative)
{
    return dataPath(QStringLiteral("fixtures/") + relative);
}

inline QString samplePath(const QString &relative)
{
    return QStringLiteral(ANTRUM_SAMPLES_DIR "/") + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(ANTRUM_SOURCE_DIR "/") + relative;
}

inline QString cliPath() { return QStringLiteral(ANTRUM_CLI_PATH); }

} // namespace antrum::test
