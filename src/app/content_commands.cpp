#include "app/command_library.h"
#include "app/headless_commands.h"
#include "app/json_text.h"
#include "core/anim/motion_sampler.h"
#include "core/content/library.h"
#include "core/content/motion_check.h"
#include "core/content/exercise.h"
#include "core/text/json_text.h"
#include "engine/resource_dir.h"

#include <cstdio>
#include <string>

namespace legwork {

int run_list_command(const CommandLine& line) {
    const std::optional<Library> library = load_command_library("list");
    if (!library) return 1;
    const std::vector<Exercise>& exercises = library->exercises;
    if (!line.json) {
        for (const Exercise& e : exercises) std::printf("%-32s %s\n", e.id.c_str(), e.name.c_str());
        return 0;
    }
    // A JSON list of names.
    const auto names = [](auto&& items, auto&& name_of) {
        std::string out = "[";
        for (const auto& item : items)
            out += std::string(out.size() > 1 ? ", " : "") + json_text(name_of(item));
        return out + "]";
    };
    const auto muscle = [](MuscleRegion m) { return muscle_region_name(m); };
    std::printf("[\n");
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const Exercise& e = exercises[i];
        std::vector<MuscleRegion> muscles = e.muscles.primary;
        muscles.insert(muscles.end(), e.muscles.secondary.begin(), e.muscles.secondary.end());
        std::printf("  {\"id\": %s, \"name\": %s, \"category\": %s, \"placement\": %s, \"view\": "
                    "%s, \"sides\": %s, "
                    "\"muscles\": %s, \"primary_muscles\": %s, \"equipment\": %s, \"gym\": %s, "
                    "\"dose\": %s, "
                    "\"cue_count\": %zu, \"mistakes\": %s}%s\n",
                    json_text(e.id).c_str(), json_text(e.name).c_str(),
                    json_text(exercise_category_name(e.category)).c_str(),
                    json_text(placement_name(e.motion.placement)).c_str(),
                    json_text(camera_view_name(e.view)).c_str(),
                    json_text(exercise_sides_name(e.sides)).c_str(), names(muscles, muscle).c_str(),
                    names(e.muscles.primary, muscle).c_str(),
                    names(e.equipment, equipment_name).c_str(), e.needs_gym() ? "true" : "false",
                    json_text(e.dose_words[static_cast<int>(Units::metric)]).c_str(), e.cues.size(),
                    names(e.mistakes, [](const CommonMistake& m) { return m.id; }).c_str(),
                    i + 1 < exercises.size() ? "," : "");
    }
    std::printf("]\n");
    return 0;
}

int run_validate_command(const CommandLine& line) {
    std::filesystem::path dir = line.content_dir;
    if (dir.empty()) {
        const std::filesystem::path resources = find_resource_dir();
        if (resources.empty()) {
            std::fprintf(stderr, "legwork validate: cannot find the content folder; name it: "
                                 "legwork validate DIR\n");
            return 1;
        }
        dir = resources / "content";
    }
    ContentErrors errors;
    const Library library = load_library(dir, errors);
    for (const Exercise& exercise : library.exercises) check_motions(exercise, errors);
    for (const ContentError& error : errors)
        std::fprintf(stderr, "%s\n", error.to_string().c_str());
    if (!errors.empty()) {
        std::fprintf(stderr, "legwork validate: %zu problem%s in %s\n", errors.size(),
                     errors.size() == 1 ? "" : "s", dir.string().c_str());
        return 1;
    }
    std::printf("%s: %zu exercises, %zu routines and %zu sources, all valid\n",
                dir.string().c_str(), library.exercises.size(), library.routines.size(),
                library.sources.size());
    return 0;
}

int run_motion_command(const CommandLine& line) {
    const std::optional<Library> library = load_command_library("motion");
    if (!library) return 1;
    const Exercise* exercise = library->exercise(line.exercise);
    if (!exercise) {
        std::fprintf(stderr, "legwork motion: no exercise '%s' (see legwork list exercises)\n",
                     line.exercise.c_str());
        return 1;
    }
    ClipOptions options;
    if (line.variant != "correct") {
        options.variant = exercise->motion.variant_index(line.variant);
        if (options.variant < 0) {
            std::string known;
            for (const MotionVariant& v : exercise->motion.variants) known += " " + v.id;
            std::fprintf(stderr, "legwork motion: %s has no mistake '%s'; it has: correct%s\n",
                         exercise->id.c_str(), line.variant.c_str(), known.c_str());
            return 1;
        }
    }
    if (!line.side.empty()) options.side = line.side == "left" ? Side::left : Side::right;

    const Skeleton skeleton = make_skeleton();
    const MotionSampler sampler(skeleton, MotionClip(exercise->motion, options));
    const MotionClip& clip = sampler.clip();
    const float duration = clip.duration_s();
    const int frames =
        std::max(1, static_cast<int>(std::lround(duration * static_cast<float>(line.fps))));

    std::printf("{\n  \"exercise\": %s,\n  \"variant\": %s,\n  \"side\": %s,\n  \"fps\": %d,\n  "
                "\"duration_s\": %.4f,\n",
                json_text(exercise->id).c_str(), json_text(line.variant).c_str(),
                json_text(side_name(clip.side())).c_str(), line.fps, duration);
    std::printf("  \"phases\": [");
    for (int p = 0; p < clip.phase_count(); ++p)
        std::printf("%s{\"name\": %s, \"start_s\": %.4f, \"end_s\": %.4f}", p ? ", " : "",
                    json_text(exercise->motion.phases[p].name).c_str(), clip.phase_start_s(p),
                    clip.phase_start_s(p + 1));
    std::printf("],\n  \"joints\": [");
    for (int j = 0; j < kJointCount; ++j)
        std::printf("%s%s", j ? ", " : "", json_text(joint_name(static_cast<Joint>(j))).c_str());
    std::printf("],\n  \"sites\": [");
    for (int s = 0; s < kSiteCount; ++s)
        std::printf("%s%s", s ? ", " : "", json_text(site_name(static_cast<Site>(s))).c_str());
    std::printf("],\n  \"frames\": [\n");

    Pose pose;
    std::array<glm::mat4, kJointCount> world{};
    for (int f = 0; f < frames; ++f) {
        const float t = static_cast<float>(f) / static_cast<float>(line.fps);
        sampler.sample(t, pose, world);
        std::printf("    {\"t\": %.4f, \"positions\": {", t);
        const auto point = [](bool first, std::string_view name, glm::vec3 p) {
            std::printf("%s\"%.*s\": [%.4f, %.4f, %.4f]", first ? "" : ", ",
                        static_cast<int>(name.size()), name.data(), p.x, p.y, p.z);
        };
        for (int j = 0; j < kJointCount; ++j)
            point(j == 0, joint_name(static_cast<Joint>(j)), glm::vec3(world[j][3]));
        for (int s = 0; s < kSiteCount; ++s)
            point(false, site_name(static_cast<Site>(s)),
                  site_position(skeleton, world, static_cast<Site>(s)));
        std::printf("}}%s\n", f + 1 < frames ? "," : "");
    }
    std::printf("  ]\n}\n");
    return 0;
}

} // namespace legwork
