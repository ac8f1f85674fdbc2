#pragma once
// FolderListing: what a folder holds that a file chooser offers, its sub-folders and the
// files of some kinds, read once when the folder is opened (never per frame).

#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace legwork {

struct FolderEntry {
    std::string name; // the file or folder's own name
    bool folder = false;
    bool operator==(const FolderEntry&) const = default;
};

struct FolderListing {
    std::filesystem::path folder;     // absolute
    std::vector<FolderEntry> entries; // folders, then files, each by name ignoring case
    std::string error;                // why the folder could not be read, if it could not
};

// Lists `folder`: its sub-folders and the files whose extension (compared ignoring case)
// is one of `extensions` (lower case, with the dot: ".glb"). Hidden entries (a name
// starting with '.') are left out. An unreadable folder gives no entries and `error`.
FolderListing list_folder(const std::filesystem::path& folder,
                          std::span<const std::string> extensions);

} // namespace legwork
