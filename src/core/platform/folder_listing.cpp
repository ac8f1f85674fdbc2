#include "core/platform/folder_listing.h"

#include <algorithm>
#include <cctype>

namespace legwork {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

FolderListing list_folder(const std::filesystem::path& folder,
                          std::span<const std::string> extensions) {
    namespace fs = std::filesystem;
    FolderListing listing;
    std::error_code ec;
    listing.folder = fs::absolute(folder, ec).lexically_normal();
    // "/home/sam/" normalises with an empty last part; without it the parent is the real one.
    if (listing.folder.has_relative_path() && !listing.folder.has_filename())
        listing.folder = listing.folder.parent_path();
    fs::directory_iterator it(listing.folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        listing.error = "cannot open " + listing.folder.string() + ": " + ec.message();
        return listing;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.') continue;
        std::error_code type_ec;
        if (it->is_directory(type_ec)) {
            listing.entries.push_back({name, true});
        } else if (it->is_regular_file(type_ec)) {
            const std::string extension = lower(it->path().extension().string());
            if (std::find(extensions.begin(), extensions.end(), extension) != extensions.end())
                listing.entries.push_back({name, false});
        }
    }
    if (ec) listing.error = "cannot read all of " + listing.folder.string() + ": " + ec.message();
    std::sort(listing.entries.begin(), listing.entries.end(),
              [](const FolderEntry& a, const FolderEntry& b) {
                  if (a.folder != b.folder) return a.folder;
                  return lower(a.name) < lower(b.name);
              });
    return listing;
}

} // namespace legwork
