// SPDX-License-Identifier: GPL-3.0-or-later
// Default options of the sanitizers, compiled into every test of the sanitizer build
// (ANTRUM_SANITIZE, tests/CMakeLists.txt), so that ctest, test discovery and a test binary run
// by hand all behave alike. The environment (ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS) still
// overrides each option. ANTRUM_LSAN_SUPPRESSIONS is the absolute path of lsan.supp.

extern "C" {

/// Leaks and initialisation-order bugs are errors too.
const char *__asan_default_options()
{
    return "detect_leaks=1:check_initialization_order=1:strict_init_order=1";
}

/// Undefined behaviour stops the test with the place where it happened.
const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}

/// Memory that third-party libraries keep until exit (scripts/sanitizers/lsan.supp).
const char *__lsan_default_options()
{
    return "suppressions=" ANTRUM_LSAN_SUPPRESSIONS ":print_suppressions=0";
}
}
