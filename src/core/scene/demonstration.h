#pragma once
// Demonstration: one exercise as the avatar shows it: its motion on a side, correct or
// with one of its mistakes, at a tempo; the props it uses; the body parts a mistake shows
// in; the muscles it works. Built when the exercise or a choice changes (it allocates);
// sample() then poses everything for an instant without allocating, once per frame.

#include "core/anim/motion_sampler.h"
#include "core/avatar/body_scale.h"
#include "core/avatar/joint_boxes.h"
#include "core/content/exercise.h"
#include "core/scene/prop_rig.h"
#include "core/view/framing.h"

#include <array>
#include <span>
#include <vector>

namespace legwork {

// How strongly each muscle region shows as worked (0..1), on each side of the body.
struct MuscleTint {
    std::array<float, kMuscleRegionCount> left{};
    std::array<float, kMuscleRegionCount> right{};
};

// The tint for `exercise` played on `side`: its primary muscles full, its secondary ones
// lighter; the leg muscles of a one-side-at-a-time exercise on the working side only.
MuscleTint muscle_tint(const Exercise& exercise, Side side);

// Appends spheres holding the body in the pose `world` (kJointCount joint transforms):
// each rough segment's ends with their radii, a quarter more for clothes, shoes and a
// fuller build, and the body's surface sites.
void append_body_bounds(const Skeleton& skeleton, std::span<const glm::mat4> world,
                        std::vector<BoundingSphere>& out);

// Appends points holding a skinned mesh, given as `boxes`, in the pose `world` of a
// skeleton `scale` times the size the mesh is bound at: each box's corners, with room for
// skin bending between two joints and for motion between samples.
void append_mesh_bounds(const JointBoxes& boxes, std::span<const glm::mat4> world, float scale,
                        std::vector<BoundingSphere>& out);

// A sphere about the middle of `spheres` (not empty) that holds them all.
BoundingSphere enclosing_sphere(std::span<const BoundingSphere> spheres);

struct DemonstrationOptions {
    std::optional<Side> side;   // default: the side the motion is written for
    int variant = -1;           // index into the motion's variants (its mistakes); -1 = correct
    std::vector<float> phase_s; // seconds per phase (a tempo); empty = the motion's own
};

class Demonstration {
public:
    // `exercise` (and `body`, if given) must outlive the demonstration. Samples a whole
    // cycle to bound it: the skin of `body` (a mesh bound on a skeleton `body_height_m`
    // tall) when given, else the body's rough shape.
    Demonstration(const Exercise& exercise, const Skeleton& skeleton,
                  const DemonstrationOptions& options, const SkinnedMesh* body = nullptr,
                  float body_height_m = kReferenceHeight_m);

    const Exercise& exercise() const { return *exercise_; }
    const MotionClip& clip() const { return sampler_.clip(); }
    const Skeleton& skeleton() const { return sampler_.skeleton(); }
    int variant() const { return variant_; }
    float cycle_s() const { return sampler_.clip().duration_s(); }

    // Poses the body, props and highlights `t_s` seconds into the cycle (wrapping).
    void sample(float t_s);
    std::span<const glm::mat4> world() const { return world_; }
    std::span<const PropPiece> props() const { return props_; }
    // Capsules around the body parts the mistake shows in; empty for the correct form.
    std::span<const BodyCapsule> highlights() const { return highlights_; }
    const MuscleTint& tint() const { return tint_; }

    // Spheres that hold the body and its props at every instant of the cycle, for framing
    // the camera; and one sphere holding them all, for fitting the shadow.
    std::span<const BoundingSphere> bounds() const { return bounds_; }
    const BoundingSphere& enclosing_sphere() const { return enclosing_; }

private:
    const Exercise* exercise_;
    int variant_;
    MotionSampler sampler_;
    PropRig rig_;
    MuscleTint tint_;
    Pose pose_;
    std::array<glm::mat4, kJointCount> world_{};
    std::vector<PropPiece> props_;
    std::vector<BodyCapsule> highlights_;
    std::vector<BoundingSphere> bounds_;
    BoundingSphere enclosing_;
};

} // namespace legwork
