#include "core/content/motion_check.h"

#include "core/anim/motion_quality.h"

namespace legwork {

void check_motions(const Exercise& exercise, ContentErrors& errors) {
    const Skeleton skeleton = make_skeleton();
    std::vector<std::string> problems;
    for (Side side : {Side::left, Side::right}) {
        for (int variant = -1; variant < static_cast<int>(exercise.motion.variants.size());
             ++variant) {
            problems.clear();
            check_motion_quality(
                MotionSampler(skeleton,
                              MotionClip(exercise.motion, {.side = side, .variant = variant})),
                problems);
            const std::string shown =
                std::string(side_name(side)) + " side, " +
                (variant < 0 ? "correct form" : "mistake " + exercise.motion.variants[variant].id);
            for (const std::string& problem : problems)
                errors.push_back({exercise.file.string(), exercise.motion_line,
                                  exercise.motion_column, "motion (" + shown + "): " + problem});
        }
    }
}

} // namespace legwork
