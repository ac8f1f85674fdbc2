#pragma once
// The model files Assimp can read, by extension, for choosing a file to load.

#include <string>
#include <vector>

namespace legwork {

// Every extension Assimp reads, lower case with the dot (".glb", ".fbx", ".dae"...), as
// Assimp itself lists them.
std::vector<std::string> model_file_extensions();

} // namespace legwork
