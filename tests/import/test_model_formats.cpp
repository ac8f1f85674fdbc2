// The extensions offered when choosing a model are the ones Assimp says it reads.
#include "import/model_formats.h"

#include <algorithm>
#include <assimp/Importer.hpp>
#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("Model file extensions are Assimp's own, lower case with the dot",
          "[import][model_formats]") {
    const std::vector<std::string> extensions = model_file_extensions();
    const auto has = [&](const char* e) {
        return std::find(extensions.begin(), extensions.end(), e) != extensions.end();
    };
    CHECK(has(".glb"));
    CHECK(has(".gltf"));
    CHECK(has(".fbx"));
    CHECK(has(".dae"));
    CHECK_FALSE(has(".txt"));
    Assimp::Importer importer;
    for (const std::string& e : extensions) {
        INFO(e);
        CHECK(e.front() == '.');
        CHECK(std::none_of(e.begin(), e.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
        CHECK(importer.IsExtensionSupported(e));
    }
}
