#include "app/command_library.h"

#include "core/platform/user_data_dir.h"
#include "core/session/my_routines.h"
#include "core/session/timers_file.h"
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

UserRoutines load_user_routines(const CommandLine& line, const Library& library,
                                const char* command) {
    UserRoutines user{.routines = library.routines};
    const std::filesystem::path data_dir = user_data_dir(line.data_dir);
    if (data_dir.empty()) {
        std::fprintf(stderr,
                     "legwork %s: no data folder (set HOME or pass --data-dir DIR); "
                     "using the program's routines and timers\n",
                     command);
        return user;
    }
    ContentErrors problems;
    user.timers = load_timers(data_dir, problems);
    user.routines =
        with_my_routines(library.routines, load_my_routines(data_dir, library, problems));
    for (const ContentError& problem : problems)
        std::fprintf(stderr, "%s\n", problem.to_string().c_str());
    if (!problems.empty())
        std::fprintf(stderr,
                     "legwork %s: %zu problem%s in %s: what could not be read is left out, "
                     "or the program's value is used\n",
                     command, problems.size(), problems.size() == 1 ? "" : "s",
                     data_dir.string().c_str());
    return user;
}

} // namespace legwork
