#include "app/studio_scene.h"

#include "core/avatar/body_scale.h"
#include "core/avatar/shadow_surface.h"
#include "import/model_load_isolated.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <glm/gtc/matrix_transform.hpp>

namespace legwork {
namespace {

// Standing at ease: the arms hang a little away from the body.
constexpr float kAtEaseArmAbductionDeg = 8.0f;

glm::vec4 pack(const std::array<float, kMuscleRegionCount>& tint, int first) {
    glm::vec4 out{0.0f};
    for (int k = 0; k < 4 && first + k < kMuscleRegionCount; ++k) out[k] = tint[first + k];
    return out;
}

} // namespace

std::filesystem::path avatar_file(const std::filesystem::path& avatar_dir, AvatarBuild build) {
    return avatar_dir / ("avatar-" + std::string(avatar_build_name(build)) + ".glb");
}

void StudioScene::set_look(const AvatarLook& look) {
    const bool reshaped = look.height_m != look_.height_m || look.build != look_.build;
    look_ = look;
    if (!reshaped || file_loaded_) return;
    skeleton_ = make_skeleton({look.height_m, build_girth(look.build)});
    rebuild();
}

void StudioScene::set_model_file(const std::filesystem::path& file) {
    if (file == model_file_) return;
    model_file_ = file;
    model_file_error_.clear();
    // Read, and its shadow surface made (a tenth of a second for a dense model), off the
    // frame loop.
    reading_ = file.empty() ? std::future<ModelLoad>() : std::async(std::launch::async, [file] {
        ModelLoad load = load_model_isolated(file);
        if (load.mesh) load.mesh->shadow_indices = shadow_surface(*load.mesh);
        return load;
    });
    // Another file: the body shown stays until it is read, and stays if it is refused.
    if (!file_loaded_ || !file.empty()) return;
    file_loaded_ = false;
    loaded_build_.reset();
    gpu_mesh_ = GpuMesh();
    skeleton_ = make_skeleton({look_.height_m, build_girth(look_.build)});
    bound_height_m_ = kReferenceHeight_m;
    rebuild();
}

bool StudioScene::load_model(const std::filesystem::path& avatar_dir, std::string& error) {
    if (reading_.valid() && reading_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        ModelLoad load = reading_.get();
        if (load.mesh) {
            take_mesh(std::move(*load.mesh));
            skeleton_ = load.skeleton;
            bound_height_m_ = skeleton_.height_m;
            file_loaded_ = true;
            loaded_build_.reset();
            rebuild();
        } else {
            model_file_error_ = load.error;
        }
    }
    if (!model_file_error_.empty()) error = model_file_error_;
    if (file_loaded_ || loaded_build_ == look_.build) return model_file_error_.empty();
    ModelLoad load = legwork::load_model(avatar_file(avatar_dir, look_.build));
    if (!load.mesh) {
        error = load.error;
        return false;
    }
    take_mesh(std::move(*load.mesh));
    loaded_build_ = look_.build;
    rebuild(); // bounds from the skin itself, now it is here
    return model_file_error_.empty();
}

void StudioScene::show(const Exercise* exercise, const DemoChoice& choice) {
    const bool restart =
        exercise != exercise_ || choice.side != choice_.side || choice.variant != choice_.variant ||
        choice.phase_s != choice_.phase_s;
    exercise_ = exercise;
    choice_ = choice;
    if (restart) {
        time_s_ = 0.0f;
        rebuild();
    }
    if (choice.at_s) time_s_ = *choice.at_s;
}

void StudioScene::take_mesh(SkinnedMesh mesh) {
    mesh_ = std::move(mesh);
    if (mesh_.shadow_indices.empty()) mesh_.shadow_indices = shadow_surface(mesh_);
    gpu_mesh_.upload(mesh_);
    skin_bounds_ = SkinBounds(mesh_);
}

void StudioScene::rebuild() {
    world_transforms(skeleton_, bind_pose(skeleton_, kAtEaseArmAbductionDeg), at_ease_);
    at_ease_bounds_.clear();
    const SkinnedMesh* body = gpu_mesh_.empty() ? nullptr : &mesh_;
    if (body) append_mesh_bounds(joint_boxes(*body), at_ease_, mesh_scale(), at_ease_bounds_);
    else append_body_bounds(skeleton_, at_ease_, at_ease_bounds_);
    demo_.reset();
    if (!exercise_) return;
    DemonstrationOptions options;
    if (exercise_->sides != ExerciseSides::both) options.side = choice_.side;
    options.variant = choice_.variant;
    if (choice_.phase_s) options.phase_s = *choice_.phase_s;
    demo_.emplace(*exercise_, skeleton_, options, body, bound_height_m_);
}

void StudioScene::set_time(float t_s) {
    if (demo_) time_s_ = std::fmod(std::max(t_s, 0.0f), demo_->cycle_s());
}

void StudioScene::advance(float dt_s) {
    if (!moving()) return;
    time_s_ = std::fmod(time_s_ + dt_s * choice_.speed, demo_->cycle_s());
}

std::span<const BoundingSphere> StudioScene::bounds() const {
    return demo_ ? demo_->bounds() : std::span<const BoundingSphere>(at_ease_bounds_);
}

glm::vec3 StudioScene::site(Site site) const {
    return site_position(skeleton_, demo_ ? demo_->world() : std::span<const glm::mat4>(at_ease_),
                         site);
}

const SceneFrame& StudioScene::frame(const glm::mat4& view, const glm::mat4& projection) {
    if (demo_) demo_->sample(time_s_);
    const std::span<const glm::mat4> world =
        demo_ ? demo_->world() : std::span<const glm::mat4>(at_ease_);

    // Skin the model at the size it is bound at, then scale it to the skeleton's.
    const float scale = mesh_scale();
    AvatarFrame& a = avatar_frame_;
    a.mesh = gpu_mesh_.empty() ? nullptr : &gpu_mesh_;
    a.parts = mesh_.parts;
    skinning_transforms(world, mesh_.inverse_bind, scale, a.joints);
    a.model = glm::scale(glm::mat4(1.0f), glm::vec3(scale));
    a.skin_color = file_loaded_ ? std::nullopt : std::optional(skin_tones()[look_.skin_tone].linear);
    a.outfit_colors = {outfit_colors()[look_.top_color].linear,
                       outfit_colors()[look_.shorts_color].linear,
                       outfit_colors()[look_.shoes_color].linear};
    a.tint_muscles = demo_ && choice_.show_muscles;
    const MuscleTint tint = a.tint_muscles ? demo_->tint() : MuscleTint{};
    for (int pack_index = 0; pack_index < 3; ++pack_index) {
        a.tint_left[pack_index] = pack(tint.left, 4 * pack_index);
        a.tint_right[pack_index] = pack(tint.right, 4 * pack_index);
    }
    a.highlight_count = 0;
    if (demo_)
        for (const BodyCapsule& capsule : demo_->highlights()) {
            if (a.highlight_count == kMaxHighlights) break;
            a.highlight_a[a.highlight_count] = glm::vec4(capsule.a, capsule.radius_m);
            a.highlight_b[a.highlight_count] = capsule.b;
            ++a.highlight_count;
        }

    SceneFrame& f = scene_frame_;
    f.view = view;
    f.projection = projection;
    f.mirrored = choice_.mirror;
    f.avatar = &avatar_frame_;
    f.props = demo_ ? demo_->props() : std::span<const PropPiece>();
    f.shadow_casters = demo_ ? demo_->enclosing_sphere() : enclosing_sphere(at_ease_bounds_);
    body_boxes_.clear();
    if (a.mesh) skin_bounds_.append(mesh_, a.joints, scale, body_boxes_);
    f.body_boxes = body_boxes_;
    return f;
}

} // namespace legwork
