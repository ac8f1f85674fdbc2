#include "app/command_library.h"

#include "engine/resource_dir.h"

#include <cstdio>

namespace legwork {

std::optional<Library> load_command_library(const char* command) {
    const std::filesystem::path resources = find_resource_dir();
    if (resources.empty()) {
        std::fprintf(stderr, "legwork %s: cannot find the content folder\n", command);
        return std::nullopt;
    }
    ContentErrors errors;
    Library library = load_library(resources / "content", errors);
    for (const ContentError& error : errors)
        std::fprintf(stderr, "%s\n", error.to_string().c_str());
    if (!errors.empty()) return std::nullopt;
    return library;
}

} // namespace legwork
