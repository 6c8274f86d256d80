// The one translation unit that defines doctest's main() (as nlohmann's
// test_main): every test executable links it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
