#pragma once
// Source: an article the content's facts come from (content/sources.yaml). Every exercise
// names one, and the Library shows it.

#include "core/content/content_error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace legwork {

struct Source {
    std::string id;        // what exercises name it by
    std::string title;     // the article's title
    std::string publisher; // the site or author that published it
};

// Reads a list of sources; appends every problem found and leaves out broken entries.
std::vector<Source> load_sources(const std::filesystem::path& file, ContentErrors& errors);

} // namespace legwork
