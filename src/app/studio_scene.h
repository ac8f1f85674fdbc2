#pragma once
// StudioScene: what the 3D view shows. The avatar in the user's look, standing at ease or
// demonstrating an exercise as a DemoChoice asks, with its props; and the spheres that
// bound it all for the camera and the shadow. Turns the demonstration's pose into what
// the renderer draws each frame, without allocating.

#include "app/demo_choice.h"
#include "core/avatar/avatar_look.h"
#include "core/scene/demonstration.h"
#include "engine/scene_renderer.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace legwork {

// The avatar model file for a build: avatar-<build>.glb in `avatar_dir`.
std::filesystem::path avatar_file(const std::filesystem::path& avatar_dir, AvatarBuild build);

class StudioScene {
public:
    StudioScene() { rebuild(); }

    // Takes on `look`: the skeleton changes with its height and build at once, the model
    // with the next load_model().
    void set_look(const AvatarLook& look);
    const AvatarLook& look() const { return look_; }
    // Loads the model of the look's build from `avatar_dir` unless it is loaded already
    // (needs a current GL context). False with `error` when the file cannot be loaded.
    // The bounds then follow the model's skin.
    bool load_model(const std::filesystem::path& avatar_dir, std::string& error);
    bool has_model() const { return !gpu_mesh_.empty(); }

    // Shows `exercise` as `choice` says, or the avatar at ease when `exercise` is null.
    // Starts the cycle over when the exercise, its side or mistake change. `exercise` must
    // outlive the scene or the next show().
    void show(const Exercise* exercise, const DemoChoice& choice);
    // Puts the demonstration at `t_s` seconds into its cycle (a routine's clock drives it).
    void set_time(float t_s);
    // Moves the demonstration on by `dt_s` seconds while it plays.
    void advance(float dt_s);
    // True while the avatar moves (frames must be drawn).
    bool moving() const { return demo_ && choice_.playing && !choice_.at_s; }
    const Demonstration* demonstration() const { return demo_ ? &*demo_ : nullptr; }
    float time_s() const { return time_s_; }

    // Poses everything for the current instant and returns the frame to draw (its pointers
    // stay valid until the next call).
    const SceneFrame& frame(const glm::mat4& view, const glm::mat4& projection);

    // Spheres that hold what is shown at every instant: for framing the camera.
    std::span<const BoundingSphere> bounds() const;
    // Where a body site is at the current instant (after frame()), for labels.
    glm::vec3 site(Site site) const;

private:
    void rebuild();

    AvatarLook look_;
    std::optional<AvatarBuild> loaded_build_;
    SkinnedMesh mesh_; // kept for its inverse binds and parts
    GpuMesh gpu_mesh_;
    Skeleton skeleton_ = make_skeleton();

    const Exercise* exercise_ = nullptr;
    DemoChoice choice_;
    std::optional<Demonstration> demo_;
    float time_s_ = 0.0f;

    std::array<glm::mat4, kJointCount> at_ease_{}; // world transforms standing at ease
    std::vector<BoundingSphere> at_ease_bounds_;
    std::array<glm::mat4, kJointCount> scaled_{}; // world transforms in the model's own height
    AvatarFrame avatar_frame_;
    SceneFrame scene_frame_;
};

} // namespace legwork
