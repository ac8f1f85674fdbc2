#include "core/session/my_routines.h"

#include "core/content/dose_yaml.h"
#include "core/platform/atomic_file.h"
#include "core/text/display_text.h"

#include <algorithm>

namespace legwork {
namespace {

bool taken(const std::vector<Routine>& routines, std::string Routine::*field, std::string_view value) {
    return std::any_of(routines.begin(), routines.end(),
                       [&](const Routine& r) { return r.*field == value; });
}

// `base`, else `base` then a space or dash and the first number from 2 that no routine has.
std::string first_free(const std::vector<Routine>& routines, std::string Routine::*field,
                       const std::string& base, char separator) {
    std::string candidate = base;
    for (int n = 2; taken(routines, field, candidate); ++n)
        candidate = base + separator + std::to_string(n);
    return candidate;
}

std::filesystem::path routine_file(const std::filesystem::path& data_dir, std::string_view id) {
    return data_dir / kMyRoutinesFolder / (std::string(id) + ".yaml");
}

} // namespace

std::vector<Routine> load_my_routines(const std::filesystem::path& data_dir, const Library& library,
                                      ContentErrors& problems) {
    std::vector<Routine> routines = load_routines(data_dir / kMyRoutinesFolder, problems);
    for (Routine& routine : routines) check_routine(routine, library, problems);
    std::erase_if(routines, [](const Routine& r) { return r.items.empty(); });
    return routines;
}

bool save_my_routine(const std::filesystem::path& data_dir, const Routine& routine,
                     std::string& error) {
    if (!is_content_id(routine.id)) {
        error = "'" + routine.id + "' is not a routine id: lower-case words joined by dashes";
        return false;
    }
    if (routine.name.empty() || routine.items.empty()) {
        error = "a routine needs a name and at least one exercise";
        return false;
    }
    YAML::Emitter out;
    out << YAML::Comment("Your routine, written by legwork; the same format as content/routines/.");
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << routine.id;
    out << YAML::Key << "name" << YAML::Value << routine.name;
    if (!routine.summary.empty()) out << YAML::Key << "summary" << YAML::Value << routine.summary;
    out << YAML::Key << "exercises" << YAML::Value << YAML::BeginSeq;
    for (const RoutineItem& item : routine.items) {
        out << YAML::BeginMap << YAML::Key << "exercise" << YAML::Value << item.exercise.id;
        if (!item.dose.empty()) {
            out << YAML::Key << "dose" << YAML::Value << YAML::Flow << YAML::BeginMap;
            write_dose_override(out, item.dose);
            out << YAML::EndMap;
        }
        if (item.sides)
            out << YAML::Key << "sides" << YAML::Value
                << std::string(exercise_sides_name(*item.sides));
        if (item.rest_after_s)
            out << YAML::Key << "rest_after_s" << YAML::Value << yaml_number(*item.rest_after_s);
        if (!item.note_prompt.empty())
            out << YAML::Key << "note_prompt" << YAML::Value << item.note_prompt;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return write_file_atomically(routine_file(data_dir, routine.id),
                                 std::string(out.c_str()) + "\n", error);
}

bool remove_my_routine(const std::filesystem::path& data_dir, std::string_view id,
                       std::string& error) {
    const std::filesystem::path file = routine_file(data_dir, id);
    std::error_code ec;
    if (!is_content_id(id) || !std::filesystem::remove(file, ec)) {
        error = "cannot remove " + file.string() + (ec ? ": " + ec.message() : ": no such routine");
        return false;
    }
    return true;
}

std::string new_routine_name(const std::vector<Routine>& routines) {
    return first_free(routines, &Routine::name, "My routine", ' ');
}

std::string new_routine_id(std::string_view name, const std::vector<Routine>& routines) {
    std::string id;
    bool gap = false;
    for (const char c : name) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (!word) {
            gap = !id.empty();
            continue;
        }
        if (gap) id += '-';
        gap = false;
        id += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return first_free(routines, &Routine::id, id.empty() ? "my-routine" : id, '-');
}

std::vector<Routine> with_my_routines(const std::vector<Routine>& built_in,
                                      const std::vector<Routine>& mine) {
    std::vector<Routine> routines;
    const auto find_mine = [&](std::string_view id) {
        return std::find_if(mine.begin(), mine.end(), [&](const Routine& r) { return r.id == id; });
    };
    for (const Routine& routine : built_in) {
        const auto replaced = find_mine(routine.id);
        routines.push_back(replaced != mine.end() ? *replaced : routine);
    }
    for (const Routine& routine : mine)
        if (std::none_of(built_in.begin(), built_in.end(),
                         [&](const Routine& r) { return r.id == routine.id; }))
            routines.push_back(routine);
    return routines;
}

} // namespace legwork
