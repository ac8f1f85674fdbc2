#pragma once
// The content the headless commands work on: the app's own content folder, read whole.

#include "core/content/library.h"

#include <optional>

namespace legwork {

// Reads the app's content folder, printing every problem to stderr under the name of
// `command` ("list"); nothing when the folder cannot be found or has a problem.
std::optional<Library> load_command_library(const char* command);

} // namespace legwork
