#include "library_exercise.h"

#include <catch2/catch.hpp>
#include <filesystem>

namespace legwork::test {

Exercise library_exercise(const std::string& id) {
    ContentErrors errors;
    auto loaded =
        load_exercise(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises" / (id + ".yaml"), errors);
    for (const ContentError& error : errors) FAIL(error.to_string());
    REQUIRE(loaded);
    return *loaded;
}

} // namespace legwork::test
