#pragma once
// The library's exercises as the app reads them from content/exercises, for tests that
// pose the avatar through real ones. A file that fails to load fails the test.

#include "core/content/exercise.h"

#include <string>

namespace legwork::test {

Exercise library_exercise(const std::string& id);

} // namespace legwork::test
