#pragma once
// The content the headless commands work on: the app's own content folder, read whole.

#include "app/command_line.h"
#include "core/content/library.h"
#include "core/session/timer_settings.h"

#include <optional>
#include <vector>

namespace legwork {

// Reads the app's content folder, printing every problem to stderr under the name of
// `command` ("list"); nothing when the folder cannot be found or has a problem.
std::optional<Library> load_command_library(const char* command);

// What the user keeps in their data folder: their timers, and the routines with their own
// in place.
struct UserRoutines {
    TimerSettings timers;
    std::vector<Routine> routines;
};

// Reads them from the data folder `line` names, printing every problem on stderr under the
// name of `command`; what cannot be read is the program's.
UserRoutines load_user_routines(const CommandLine& line, const Library& library, const char* command);

} // namespace legwork
