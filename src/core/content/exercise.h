#pragma once
// Exercise: one exercise or self-test as the content files describe it. The library
// screen, the routines and the demonstrations all read this.

#include "core/anim/motion.h"
#include "core/avatar/muscle_region.h"
#include "core/content/content_error.h"
#include "core/scene/prop_use.h"
#include "core/view/camera_view.h"

#include <filesystem>
#include <string>
#include <vector>

namespace legwork {

// How the legs take turns: together, one side for a set then the other, or side to side
// every rep. The working side's muscles are the ones lit.
enum class ExerciseSides : std::uint8_t { both, each, alternating };
inline constexpr int kExerciseSidesCount = 3;
std::string_view exercise_sides_name(ExerciseSides sides);
std::optional<ExerciseSides> exercise_sides_from_name(std::string_view name);

// The muscles an exercise works: mainly, and as helpers or stabilisers.
struct MuscleFocus {
    std::vector<MuscleRegion> primary;
    std::vector<MuscleRegion> secondary;
};

struct Exercise {
    std::string id;   // the file's name without .yaml, lower-case-with-dashes
    std::string name; // as shown to the user
    CameraView view = CameraView::side; // the view that judges it best
    ExerciseSides sides = ExerciseSides::each;
    MuscleFocus muscles;
    Motion motion;    // its variants are the exercise's common mistakes, by id, with what each highlights
    std::vector<PropUse> props; // props it names (a mat also sets motion.on_mat); the rest come from contacts
    std::filesystem::path file;
};

// Reads one exercise file. On failure returns nothing and appends every problem found.
std::optional<Exercise> load_exercise(const std::filesystem::path& file, ContentErrors& errors);

// Reads every *.yaml in `dir`, sorted by id; appends problems (including duplicate ids).
std::vector<Exercise> load_exercises(const std::filesystem::path& dir, ContentErrors& errors);

} // namespace legwork
