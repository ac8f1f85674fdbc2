#include "core/platform/user_data_dir.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

using namespace legwork;

namespace {
EnvLookup fake_env(std::map<std::string, std::string> values) {
    return [values = std::move(values)](const char* name) -> const char* {
        const auto found = values.find(name);
        return found == values.end() ? nullptr : found->second.c_str();
    };
}
} // namespace

TEST_CASE("User data goes to ~/.local/share/legwork by default", "[platform][user_data_dir]") {
    CHECK(user_data_dir("", fake_env({{"HOME", "/home/ana"}})) ==
          "/home/ana/.local/share/legwork");
}

TEST_CASE("XDG_DATA_HOME moves user data when it is absolute", "[platform][user_data_dir]") {
    CHECK(user_data_dir("", fake_env({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "/data"}})) ==
          "/data/legwork");
    // The XDG spec says relative values are invalid and must be ignored.
    CHECK(user_data_dir("", fake_env({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "rel/dir"}})) ==
          "/home/ana/.local/share/legwork");
    CHECK(user_data_dir("", fake_env({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", ""}})) ==
          "/home/ana/.local/share/legwork");
}

TEST_CASE("LEGWORK_DATA_DIR beats XDG, and --data-dir beats both", "[platform][user_data_dir]") {
    const auto env = fake_env(
        {{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "/data"}, {"LEGWORK_DATA_DIR", "/tmp/lw"}});
    CHECK(user_data_dir("", env) == "/tmp/lw");
    CHECK(user_data_dir("/mnt/usb/legwork", env) == "/mnt/usb/legwork");
}

TEST_CASE("Without HOME or any override there is no data directory",
          "[platform][user_data_dir]") {
    CHECK(user_data_dir("", fake_env({})).empty());
}
