// Writing a file whole or not at all.
#include "core/platform/atomic_file.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace legwork;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("A file is written whole, replacing the one before, in a folder made for it",
          "[platform][atomic_file]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-atomic-" + std::to_string(getpid()));
    fs::remove_all(dir);
    const fs::path file = dir / "deep" / "settings.yaml";
    std::string error;
    REQUIRE(write_file_atomically(file, "first\n", error));
    CHECK(read(file) == "first\n");
    REQUIRE(write_file_atomically(file, "second\n", error));
    CHECK(read(file) == "second\n");
    CHECK(std::distance(fs::directory_iterator(file.parent_path()), fs::directory_iterator()) == 1);

    // Where it cannot be written, the old file stays and the reason is given.
    fs::create_directories(dir / "blocked.yaml");
    CHECK_FALSE(write_file_atomically(dir / "blocked.yaml", "text", error));
    CHECK_THAT(error, Catch::Contains("blocked.yaml"));
    CHECK(fs::is_directory(dir / "blocked.yaml"));
    fs::remove_all(dir);
}
