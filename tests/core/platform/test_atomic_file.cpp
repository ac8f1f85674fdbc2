// Small files written whole or not at all.
#include "core/platform/atomic_file.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace legwork;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ostringstream text;
    text << std::ifstream(file).rdbuf();
    return text.str();
}

struct TempDir {
    fs::path dir = fs::temp_directory_path() / ("legwork-atomic-" + std::to_string(getpid()));
    ~TempDir() { fs::remove_all(dir); }
};

} // namespace

TEST_CASE("A file is written whole into a folder made for it, and replaced whole",
          "[platform][atomic]") {
    TempDir temp;
    const fs::path file = temp.dir / "a" / "settings.yaml";
    std::string error;
    REQUIRE(write_file_atomically(file, "first\n", error));
    CHECK(read(file) == "first\n");
    REQUIRE(write_file_atomically(file, "second, longer\n", error));
    CHECK(read(file) == "second, longer\n");
    // Nothing is left beside it.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(file.parent_path())) ++files;
    CHECK(files == 1);
}

TEST_CASE("A file that cannot be written says why and leaves what was there as it was",
          "[platform][atomic]") {
    TempDir temp;
    std::string error;
    // Its folder cannot be made: a file stands where the folder would be.
    REQUIRE(write_file_atomically(temp.dir / "blocker", "kept\n", error));
    CHECK_FALSE(write_file_atomically(temp.dir / "blocker" / "settings.yaml", "lost\n", error));
    CHECK_THAT(error, Catch::Contains("cannot create the folder"));
    CHECK(read(temp.dir / "blocker") == "kept\n");
    // It cannot replace what is there: a folder with a file in it.
    REQUIRE(write_file_atomically(temp.dir / "taken" / "inside", "kept\n", error));
    CHECK_FALSE(write_file_atomically(temp.dir / "taken", "lost\n", error));
    CHECK_THAT(error, Catch::Contains("cannot replace"));
    CHECK(read(temp.dir / "taken" / "inside") == "kept\n");
    int files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(temp.dir)) ++files;
    CHECK(files == 2); // no temporary file left behind
}
