#include "core/scene/demonstration.h"

#include "core/anim/body_shape.h"
#include "core/avatar/body_scale.h"

#include <algorithm>

namespace legwork {
namespace {

constexpr float kPrimaryTint = 1.0f;
constexpr float kSecondaryTint = 0.45f;
// Bounds sample the cycle this often, and give every point at least this radius, so a hand
// sweeping between samples stays inside them.
constexpr float kBoundingSamplesPerSecond = 30.0f;
constexpr float kMinBoundingRadius_m = 0.04f;
// Room round each corner of a mesh's joint boxes: skin bending between two joints bulges
// a little past both boxes, and a limb moves between two samples.
constexpr float kMeshCornerRadius_m = 0.04f;
MotionSampler make_sampler(const Exercise& exercise, const Skeleton& skeleton,
                           const DemonstrationOptions& options) {
    ClipOptions clip;
    clip.side = options.side;
    clip.variant = options.variant;
    clip.phase_s = options.phase_s;
    return MotionSampler(skeleton, MotionClip(exercise.motion, clip));
}

} // namespace

BoundingSphere enclosing_sphere(std::span<const BoundingSphere> spheres) {
    glm::vec3 lo{1e9f}, hi{-1e9f};
    for (const BoundingSphere& s : spheres) {
        lo = glm::min(lo, s.centre - s.radius_m);
        hi = glm::max(hi, s.centre + s.radius_m);
    }
    BoundingSphere out{0.5f * (lo + hi), 0.0f};
    for (const BoundingSphere& s : spheres)
        out.radius_m = std::max(out.radius_m, glm::length(s.centre - out.centre) + s.radius_m);
    return out;
}

void append_body_bounds(const Skeleton& skeleton, std::span<const glm::mat4> world,
                        std::vector<BoundingSphere>& out) {
    const float h = 1.25f * skeleton.height_m;
    for (const BodySegmentShape& segment : body_segment_shapes()) {
        const glm::vec3 from = glm::vec3(world[index(segment.from)][3]);
        const glm::vec3 to = segment.to_joint >= 0
                                 ? glm::vec3(world[segment.to_joint][3])
                                 : site_position(skeleton, world, segment.to_site);
        out.push_back({from, std::max(segment.radius_from_h * h, kMinBoundingRadius_m)});
        out.push_back({to, std::max(segment.radius_to_h * h, kMinBoundingRadius_m)});
    }
    for (int site = 0; site < kSiteCount; ++site)
        out.push_back(
            {site_position(skeleton, world, static_cast<Site>(site)), kMinBoundingRadius_m});
}

void append_mesh_bounds(const JointBoxes& boxes, std::span<const glm::mat4> world, float scale,
                        std::vector<BoundingSphere>& out) {
    for_each_posed_corner(boxes, world, scale, [&](glm::vec3 p) { out.push_back({p, kMeshCornerRadius_m}); });
}

MuscleTint muscle_tint(const Exercise& exercise, Side side) {
    MuscleTint tint;
    const auto add = [&](const std::vector<MuscleRegion>& regions, float strength) {
        for (MuscleRegion region : regions) {
            // The core works on both sides; leg muscles on the working side of a one-side-at-a-time
            // exercise.
            const bool one_side =
                exercise.sides == ExerciseSides::each && region != MuscleRegion::core;
            const int i = index(region);
            if (!one_side || side == Side::left) tint.left[i] = std::max(tint.left[i], strength);
            if (!one_side || side == Side::right) tint.right[i] = std::max(tint.right[i], strength);
        }
    };
    add(exercise.muscles.primary, kPrimaryTint);
    add(exercise.muscles.secondary, kSecondaryTint);
    return tint;
}

Demonstration::Demonstration(const Exercise& exercise, const Skeleton& skeleton,
                             const DemonstrationOptions& options, const SkinnedMesh* body,
                             float body_height_m)
    : exercise_(&exercise), variant_(options.variant),
      sampler_(make_sampler(exercise, skeleton, options)),
      rig_(make_prop_rig(sampler_, exercise.props)),
      tint_(muscle_tint(exercise, sampler_.clip().side())) {
    // Bound a whole cycle: the body, and each prop piece.
    const JointBoxes boxes = body ? joint_boxes(*body) : JointBoxes{};
    const int samples = std::max(24, static_cast<int>(cycle_s() * kBoundingSamplesPerSecond));
    for (int i = 0; i < samples; ++i) {
        sample(cycle_s() * static_cast<float>(i) / static_cast<float>(samples));
        if (body) append_mesh_bounds(boxes, world_, body_scale(skeleton, body_height_m), bounds_);
        else append_body_bounds(skeleton, world_, bounds_);
        // A piece's box corners: a thin mat then bounds as thin, not as a ball its length wide.
        for (const PropPiece& piece : props_)
            for_each_corner(piece, [&](glm::vec3 p) { bounds_.push_back({p, kMinBoundingRadius_m}); });
    }
    enclosing_ = legwork::enclosing_sphere(bounds_);
    sample(0.0f);
}

void Demonstration::sample(float t_s) {
    sampler_.sample(t_s, pose_, world_);
    props_.resize(0);
    place_props(rig_, world_, t_s, props_);
    highlights_.resize(0);
    if (variant_ >= 0)
        append_body_capsules(exercise_->motion.variants[variant_].highlight, sampler_.skeleton(),
                             world_, sampler_.clip().mirrored(), highlights_);
}

} // namespace legwork
