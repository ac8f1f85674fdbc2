#include "import/model_formats.h"

#include <algorithm>
#include <assimp/Importer.hpp>
#include <cctype>
#include <sstream>

namespace legwork {

std::vector<std::string> model_file_extensions() {
    std::string list; // "*.3ds;*.obj;*.glb;..."
    Assimp::Importer().GetExtensionList(list);
    std::vector<std::string> extensions;
    std::istringstream in(list);
    for (std::string pattern; std::getline(in, pattern, ';');) {
        const std::size_t dot = pattern.find('.');
        if (dot == std::string::npos) continue;
        std::string extension = pattern.substr(dot);
        std::transform(extension.begin(), extension.end(), extension.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        extensions.push_back(std::move(extension));
    }
    std::sort(extensions.begin(), extensions.end());
    extensions.erase(std::unique(extensions.begin(), extensions.end()), extensions.end());
    return extensions;
}

} // namespace legwork
