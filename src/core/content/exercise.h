#pragma once
// Exercise: one exercise or self-test as the content files describe it. The library
// screen, the routines and the demonstrations all read this.

#include "core/anim/motion.h"
#include "core/content/content_error.h"
#include "core/view/camera_view.h"

#include <filesystem>
#include <string>
#include <vector>

namespace legwork {

struct Exercise {
    std::string id;   // the file's name without .yaml, lower-case-with-dashes
    std::string name; // as shown to the user
    CameraView view = CameraView::side; // the view that judges it best
    Motion motion;    // its variants are the exercise's common mistakes, by id
    std::filesystem::path file;
};

// Reads one exercise file. On failure returns nothing and appends every problem found.
std::optional<Exercise> load_exercise(const std::filesystem::path& file, ContentErrors& errors);

// Reads every *.yaml in `dir`, sorted by id; appends problems (including duplicate ids).
std::vector<Exercise> load_exercises(const std::filesystem::path& dir, ContentErrors& errors);

} // namespace legwork
