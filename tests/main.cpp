// Catch2's test runner; the tests live beside this file, mirroring src/.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
