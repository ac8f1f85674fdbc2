#pragma once
// The user's own routines: exercises of the library in the order the user chose, each file
// `data_dir`/routines/ID.yaml in the format of content/routines/ (README "How to add a
// routine"). One with the id of a built-in routine takes its place: that is how the user
// reorders or removes the exercises of a built-in routine, and removing the file brings
// the program's back ("reset to default").

#include "core/content/library.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace legwork {

inline constexpr const char* kMyRoutinesFolder = "routines";

// Reads the user's routines, checked against `library` as the built-in ones are; each
// problem is appended and what cannot be used is left out (a routine left with no exercise
// goes).
std::vector<Routine> load_my_routines(const std::filesystem::path& data_dir, const Library& library,
                                      ContentErrors& problems);

// Writes `routine` to `data_dir`/routines/ID.yaml whole (core/platform/atomic_file.h);
// false with the reason in `error` when it cannot, or when its id is not a content id or it
// has no name or no exercise.
bool save_my_routine(const std::filesystem::path& data_dir, const Routine& routine,
                     std::string& error);

// Deletes the user's routine `id`; false with the reason in `error` when it cannot.
bool remove_my_routine(const std::filesystem::path& data_dir, std::string_view id,
                       std::string& error);

// A name for a new routine that no routine has: "My routine", else "My routine 2", 3...
std::string new_routine_name(const std::vector<Routine>& routines);

// An id for a new routine called `name`: its letters and digits in lower case, words joined
// by dashes ("Morning legs, 2!" -> "morning-legs-2"), "my-routine" when it has none, with a
// number added when a routine has that id already.
std::string new_routine_id(std::string_view name, const std::vector<Routine>& routines);

// The built-in routines, each replaced by the user's of the same id, then the user's others.
std::vector<Routine> with_my_routines(const std::vector<Routine>& built_in,
                                      const std::vector<Routine>& mine);

} // namespace legwork
