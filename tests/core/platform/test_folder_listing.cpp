// A folder as the model chooser shows it: sub-folders first, then the model files only.
#include "core/platform/folder_listing.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace legwork;
namespace fs = std::filesystem;

TEST_CASE(
    "A folder lists its sub-folders, then the files of the kinds asked for, by name ignoring case",
    "[platform][folder_listing]") {
    test::ScratchDir scratch("folder-listing");
    fs::create_directories(scratch / "rigs");
    fs::create_directories(scratch / "Archive");
    fs::create_directories(scratch / ".cache");
    for (const char* file : {"hero.GLB", "anna.fbx", "notes.txt", ".hidden.glb", "zed.glb"})
        std::ofstream(scratch / file) << "x";
    const std::vector<std::string> extensions{".fbx", ".glb"};
    const FolderListing listing = list_folder(scratch.path() / "rigs" / "..", extensions);
    CHECK(listing.error.empty());
    CHECK(listing.folder == scratch.path());
    const std::vector<FolderEntry> expected{{"Archive", true},
                                            {"rigs", true},
                                            {"anna.fbx", false},
                                            {"hero.GLB", false},
                                            {"zed.glb", false}};
    CHECK(listing.entries == expected);
}

TEST_CASE("A folder that cannot be read says why and lists nothing", "[platform][folder_listing]") {
    test::ScratchDir scratch("folder-listing-missing");
    const FolderListing listing = list_folder(scratch / "gone", std::vector<std::string>{".glb"});
    CHECK(listing.entries.empty());
    CHECK_THAT(listing.error, Catch::Contains("cannot open") && Catch::Contains("gone"));
}

TEST_CASE("The root folder lists with no trailing part, so it has no parent to go up to",
          "[platform][folder_listing]") {
    const FolderListing root = list_folder("/", std::vector<std::string>{".glb"});
    CHECK(root.folder == fs::path("/"));
    CHECK(root.folder.parent_path() == root.folder);
}
