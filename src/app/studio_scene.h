#pragma once
// StudioScene: what the 3D view shows. The avatar in the user's look, standing at ease or
// demonstrating an exercise as a DemoChoice asks, with its props; and the spheres that
// bound it all for the camera and the shadow. Turns the demonstration's pose into what
// the renderer draws each frame, without allocating.

#include "app/demo_choice.h"
#include "core/avatar/avatar_look.h"
#include "core/avatar/body_scale.h"
#include "core/scene/demonstration.h"
#include "core/scene/skin_bounds.h"
#include "engine/scene_renderer.h"
#include "import/model_loader.h"

#include <filesystem>
#include <future>
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
    // with the next load_model(). A model from a file keeps its own skeleton and colours.
    void set_look(const AvatarLook& look);
    const AvatarLook& look() const { return look_; }
    // Shows the rigged humanoid in `file` in place of the built-in avatar, at its own
    // height and proportions, once it is read: that starts now, on a thread of its own
    // (the file in a process of its own), and load_model() takes it on when it is done.
    // Until then, and if it is refused, the body shown stays. An empty path brings the
    // built-in avatar back at once.
    void set_model_file(const std::filesystem::path& file);
    const std::filesystem::path& model_file() const { return model_file_; }
    // True while the file set_model_file() named is being read.
    bool model_file_pending() const { return reading_.valid(); }
    // Blocks until the file set_model_file() named is read (for headless pictures).
    void wait_for_model_file() const {
        if (reading_.valid()) reading_.wait();
    }
    // Loads the model, unless it is loaded already (needs a current GL context): the file
    // set_model_file() named once it is read, and until then, or when it cannot be used,
    // the built-in avatar of the look's build from `avatar_dir`. False with `error` when a
    // file cannot be loaded; a file the user named that cannot be is not tried again
    // until it is named again. The bounds then follow the model's skin.
    bool load_model(const std::filesystem::path& avatar_dir, std::string& error);
    bool has_model() const { return !gpu_mesh_.empty(); }
    // True while a model from a file is shown.
    bool shows_model_file() const { return file_loaded_; }

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
    // Shows `mesh` from now on.
    void take_mesh(SkinnedMesh mesh);
    void rebuild();

    // How many times larger the skeleton is than the one the mesh is bound on.
    float mesh_scale() const { return body_scale(skeleton_, bound_height_m_); }

    AvatarLook look_;
    std::optional<AvatarBuild> loaded_build_;
    std::filesystem::path model_file_; // a model the user named, if any
    std::future<ModelLoad> reading_;   // that file, while it is read
    std::string model_file_error_;     // why it could not be loaded, once tried
    bool file_loaded_ = false;
    SkinnedMesh mesh_; // kept for its inverse binds and parts
    SkinBounds skin_bounds_;   // the mesh's, to bound it in each frame
    GpuMesh gpu_mesh_;
    Skeleton skeleton_ = make_skeleton();
    float bound_height_m_ = kReferenceHeight_m; // the height of the skeleton mesh_ is bound on

    const Exercise* exercise_ = nullptr;
    DemoChoice choice_;
    std::optional<Demonstration> demo_;
    float time_s_ = 0.0f;

    std::array<glm::mat4, kJointCount> at_ease_{}; // world transforms standing at ease
    std::vector<BoundingSphere> at_ease_bounds_;
    std::array<glm::mat4, kJointCount> scaled_{}; // world transforms in the model's own height
    AvatarFrame avatar_frame_;
    std::vector<WorldBox> body_boxes_; // the avatar's parts in the frame
    SceneFrame scene_frame_;
};

} // namespace legwork
