#pragma once
// DemoChoice: what the user asked the avatar to show: which exercise, correct or with
// which mistake, on which side, from which view, mirrored or not, playing or paused.

#include "core/anim/body_angles.h"
#include "core/content/exercise.h"
#include "core/view/camera_view.h"

#include <optional>

namespace legwork {

struct DemoChoice {
    int exercise = -1;              // index into the library; -1: the avatar stands at ease
    int variant = -1;               // -1: correct form; else index of a mistake
    Side side = Side::left;         // the working side, for one-side-at-a-time exercises
    std::optional<CameraView> view; // nothing: the exercise's best view
    bool mirror = false;            // the scene as the user's reflection
    bool show_muscles = false;      // tint the muscles the exercise works
    bool playing = true;
    float speed = 1.0f;        // of the demonstration, 0.25 to 1
    std::optional<float> at_s; // a fixed instant of the cycle instead of playing
    // Seconds per phase at a routine's tempo (owned by the running routine's plan), or
    // nullptr for the motion's own.
    const std::vector<float>* phase_s = nullptr;

    bool operator==(const DemoChoice&) const = default;
};

// The view the avatar is seen from: the one chosen, else the one that shows the mistake
// best, else the exercise's own.
inline CameraView shown_view(const Exercise& exercise, const DemoChoice& choice) {
    if (choice.view) return *choice.view;
    if (choice.variant >= 0 && exercise.motion.variants[choice.variant].view)
        return *exercise.motion.variants[choice.variant].view;
    return exercise.view;
}

} // namespace legwork
