#include "core/content/exercise_filter.h"

#include <algorithm>
#include <cctype>

namespace legwork {
namespace {

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// `needle` appears in `text`, ignoring case.
bool contains(std::string_view text, std::string_view needle) {
    return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                       [](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

// Every word of `search` appears in the name, summary or a worked muscle's name.
bool matches_words(const Exercise& exercise, std::string_view search) {
    std::size_t start = 0;
    while (start < search.size()) {
        const std::size_t end = std::min(search.find(' ', start), search.size());
        const std::string_view word = search.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        const auto in_muscles = [&](const std::vector<MuscleRegion>& muscles) {
            return std::any_of(muscles.begin(), muscles.end(), [&](MuscleRegion m) {
                return contains(muscle_region_name(m), word);
            });
        };
        if (!contains(exercise.name, word) && !contains(exercise.summary, word) &&
            !in_muscles(exercise.muscles.primary) && !in_muscles(exercise.muscles.secondary))
            return false;
    }
    return true;
}

template <typename T> bool has(const std::vector<T>& list, T value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

bool ExerciseFilter::matches(const Exercise& exercise) const {
    if (category && exercise.category != *category) return false;
    if (muscle && !has(exercise.muscles.primary, *muscle) &&
        !has(exercise.muscles.secondary, *muscle))
        return false;
    if (equipment && !has(exercise.equipment, *equipment)) return false;
    if (no_equipment && !exercise.equipment.empty()) return false;
    if (placement && exercise.motion.placement != *placement) return false;
    return matches_words(exercise, search);
}

} // namespace legwork
