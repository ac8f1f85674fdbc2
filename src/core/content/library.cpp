#include "core/content/library.h"

#include <algorithm>

namespace legwork {

const Exercise* Library::exercise(std::string_view id) const {
    for (const Exercise& e : exercises)
        if (e.id == id) return &e;
    return nullptr;
}

const Source* Library::source(std::string_view id) const {
    for (const Source& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

Library load_library(const std::filesystem::path& content_dir, ContentErrors& errors) {
    Library library;
    library.sources = load_sources(content_dir / "sources.yaml", errors);
    library.exercises = load_exercises(content_dir / "exercises", errors);
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
    return library;
}

} // namespace legwork
