#pragma once
// Exercise: one exercise or self-test as its content file describes it. The Library screen,
// the routines and the demonstrations all read this.

#include "core/anim/motion.h"
#include "core/avatar/muscle_region.h"
#include "core/content/content_error.h"
#include "core/content/dose.h"
#include "core/content/equipment.h"
#include "core/content/exercise_category.h"
#include "core/content/exercise_sides.h"
#include "core/scene/prop_use.h"
#include "core/view/camera_view.h"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace legwork {

// The muscles an exercise works: mainly, and as helpers or stabilisers.
struct MuscleFocus {
    std::vector<MuscleRegion> primary;
    std::vector<MuscleRegion> secondary;
};

// A short instruction, said while its phase plays ("Squeeze at the top").
struct FormCue {
    int phase = 0; // index into motion.phases
    std::string text;
};

// A common mistake, in words; the avatar performs it through the motion variant of the same id.
struct CommonMistake {
    std::string id;
    std::string looks; // what it looks like
    std::string why;   // why it matters
    std::string fix;   // the cue that fixes it
};

// An id naming another exercise or a source, with where it was written, so a dangling one
// is reported at its place once the whole library is read.
struct ContentRef {
    std::string id;
    int line = 0;
    int column = 0;
};

struct Exercise {
    std::string id;      // the file's name without .yaml, lower-case-with-dashes
    std::string name;    // as shown to the user
    std::string summary; // one line: what it is
    std::string why;     // how it helps the imbalance it addresses
    ExerciseCategory category = ExerciseCategory::strength;
    std::vector<Equipment> equipment;   // everything needed, drawn props included
    CameraView view = CameraView::side; // the view that judges it best
    ExerciseSides sides = ExerciseSides::each;
    MuscleFocus muscles;
    Dose dose;
    // Made once at load, so the Library draws them without allocating: the dose in words
    // ("3 sets of 10 reps per side"), in each of the Units, and the equipment's titles
    // ("Exercise mat, Loop band").
    std::array<std::string, kUnitsCount> dose_words;
    std::string equipment_words;
    std::vector<std::string> steps;      // how to do it, in order
    std::vector<FormCue> cues;           // in phase order
    std::vector<CommonMistake> mistakes; // in the order of motion.variants
    std::vector<std::string> safety;
    std::vector<ContentRef> progressions; // harder exercises
    std::vector<ContentRef> regressions;  // easier exercises
    ContentRef source;                    // the article it comes from (content/sources.yaml)
    Motion
        motion; // its variants are the exercise's common mistakes, by id, with what each highlights
    std::vector<PropUse>
        props; // props it names (a mat also sets motion.on_mat); the rest come from contacts
    std::filesystem::path file;
    int motion_line = 0, motion_column = 0; // where `motion:` is, for problems with the movement

    bool needs_gym() const;
    // The mistake's words, by id; nullptr when it has none.
    const CommonMistake* mistake(std::string_view id) const;
};

// Reads one exercise file. On failure returns nothing and appends every problem found.
std::optional<Exercise> load_exercise(const std::filesystem::path& file, ContentErrors& errors);

// Reads every *.yaml in `dir`, sorted by id (ids are file names, so unique); appends problems.
// Files with problems are left out; the rest are returned.
std::vector<Exercise> load_exercises(const std::filesystem::path& dir, ContentErrors& errors);

} // namespace legwork
