#include "core/content/library.h"

#include <algorithm>

namespace legwork {

const Exercise* Library::exercise(std::string_view id) const {
    for (const Exercise& e : exercises)
        if (e.id == id) return &e;
    return nullptr;
}

const Routine* Library::routine(std::string_view id) const {
    for (const Routine& r : routines)
        if (r.id == id) return &r;
    return nullptr;
}

const Source* Library::source(std::string_view id) const {
    for (const Source& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

void check_routine(Routine& routine, const Library& library, ContentErrors& errors) {
    std::erase_if(routine.items, [&](RoutineItem& item) {
        const auto report = [&](const std::string& message) {
            errors.push_back(
                {routine.file.string(), item.exercise.line, item.exercise.column, message});
        };
        const Exercise* exercise = library.exercise(item.exercise.id);
        if (!exercise) {
            report("no exercise with id '" + item.exercise.id + "'");
            return true;
        }
        if (const std::string problem = dose_override_problem(item.dose, exercise->dose);
            !problem.empty())
            report(item.exercise.id + ": " + problem);
        if (item.sides &&
            (*item.sides == ExerciseSides::both) != (exercise->sides == ExerciseSides::both)) {
            report(item.exercise.id + " is done " +
                   (exercise->sides == ExerciseSides::both
                        ? "with both legs together: its sides cannot change"
                        : "one side at a time: its sides can be each or alternating"));
            item.sides.reset();
        }
        return false;
    });
}

Library load_library(const std::filesystem::path& content_dir, ContentErrors& errors) {
    Library library;
    library.sources = load_sources(content_dir / "sources.yaml", errors);
    library.exercises = load_exercises(content_dir / "exercises", errors);
    library.routines = load_routines(content_dir / "routines", errors);
    for (Exercise& exercise : library.exercises) {
        const auto report = [&](const ContentRef& ref, const std::string& message) {
            errors.push_back({exercise.file.string(), ref.line, ref.column, message});
        };
        const auto keep_known = [&](std::vector<ContentRef>& refs, const char* what) {
            std::erase_if(refs, [&](const ContentRef& ref) {
                if (ref.id == exercise.id)
                    report(ref, std::string("an exercise is not its own ") + what);
                else if (!library.exercise(ref.id))
                    report(ref, "no exercise with id '" + ref.id + "'");
                else
                    return false;
                return true;
            });
        };
        keep_known(exercise.progressions, "progression");
        keep_known(exercise.regressions, "regression");
        if (!library.source(exercise.source.id))
            report(exercise.source,
                   "no source with id '" + exercise.source.id + "' in sources.yaml");
    }
    for (Routine& routine : library.routines) check_routine(routine, library, errors);
    std::erase_if(library.routines, [](const Routine& r) { return r.items.empty(); });
    return library;
}

} // namespace legwork
