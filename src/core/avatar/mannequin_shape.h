#pragma once
// MannequinShape: the built-in avatar's body as a signed distance field, a smooth union of
// ellipsoids, round cones and shoe soles placed along the skeleton's bones in the bind
// pose (pose.h). The avatar generator polygonizes it; its parts also tell which limb a
// surface point belongs to, for skinning.
//
// Parts come in groups (trunk, head and neck, each arm, each leg). A group is the smooth
// union of its parts; groups then join the trunk with blend radii that fade out along
// the limb, so the armpit and the groin are rounded while the hand never melts into the
// thigh nor one knee into the other. Finally the body is cut flat at the floor (y = 0),
// which gives the shoes flat soles.
//
// All distances are in metres, in the bind pose's model space (skinned_mesh.h).

#include "core/anim/skeleton.h"
#include "core/avatar/body_scale.h"

#include <array>
#include <cstdint>
#include <glm/glm.hpp>
#include <span>
#include <vector>

namespace legwork {

enum class BodyGroup : std::uint8_t { trunk, head, leftArm, rightArm, leftLeg, rightLeg };
inline constexpr int kBodyGroupCount = 6;
inline constexpr int index(BodyGroup group) {
    return static_cast<int>(group);
}

// One cross-section of a loft: an ellipse `along` metres down its axis, with semi-axes
// `half_width` (the frame's x) and `half_depth` (its z), centred `offset` (x, z) off the axis.
struct LoftKey {
    float along = 0.0f;
    float half_width = 0.0f;
    float half_depth = 0.0f;
    glm::vec2 offset{0.0f};
};
inline constexpr int kMaxLoftKeys = 14;

struct ShapePart {
    enum class Kind : std::uint8_t {
        ellipsoid,  // `centre`, semi-axes `radii` along the columns of `axes`
        round_cone, // from `a` (radius ra) to `b` (radius rb)
        sole,       // a round cone's outline in the plane y = a.y, extruded over
                    // a.y - half_height .. a.y + half_height with edges rounded by `rounding`
        loft,       // elliptic cross-sections `keys` along the axis from `centre` in direction
                    // axes[1], interpolated smoothly, ends rounded by `rounding`
    };
    Kind kind = Kind::ellipsoid;
    BodyGroup group = BodyGroup::trunk;
    float blend_m = 0.0f; // smooth-union radius with the parts of its group listed before it
    glm::vec3 centre{0.0f};
    glm::vec3 radii{0.1f};
    glm::mat3 axes{1.0f}; // ellipsoid frame in model space (orthonormal columns)
    glm::vec3 a{0.0f}, b{0.0f};
    float ra = 0.0f, rb = 0.0f;
    float half_height = 0.0f, rounding = 0.0f;
    std::array<LoftKey, kMaxLoftKeys> keys{};
    int key_count = 0;
    // A capsule holding the part (the points within bound_radius of the segment from
    // bound_a to bound_b), and how much the part's field can undershoot the distance to
    // it (1 for exact fields); together they let evaluation skip far parts exactly.
    glm::vec3 bound_a{0.0f}, bound_b{0.0f};
    float bound_radius = 0.0f;
    float bound_slope = 1.0f;

    float distance(const glm::vec3& p) const;
};

struct MannequinShape {
    Skeleton skeleton;
    std::array<glm::mat4, kJointCount> bind_world{}; // joint transforms in the bind pose
    float build = 1.0f;
    std::vector<ShapePart> parts;                       // grouped in BodyGroup order
    std::array<int, kBodyGroupCount + 1> group_begin{}; // parts of group g: [begin[g], begin[g+1])
    // A box holding each group's parts, the least slope of their fields, and how far the
    // group's smooth union can fall below its nearest part (a quarter of its blend).
    std::array<glm::vec3, kBodyGroupCount> group_lo{}, group_hi{};
    std::array<float, kBodyGroupCount> group_slope{};
    std::array<float, kBodyGroupCount> group_undershoot{};
    float floor_rounding_m = 0.004f;

    // Signed distance to the body's surface at `p` (metres, negative inside).
    float distance(const glm::vec3& p) const;
    // Unit outward direction of the field's gradient at `p` (central differences).
    glm::vec3 normal(const glm::vec3& p) const;
    // Each group's own smooth union at `p`, before the groups join: the smallest says
    // which limb (or the trunk) a surface point belongs to.
    void group_distances(const glm::vec3& p, std::span<float, kBodyGroupCount> out) const;
    // An axis-aligned box holding the whole body (its parts, and the fill their smooth
    // unions add, a fraction of the largest blend), with `margin_m` around it.
    void bounds(float margin_m, glm::vec3& lo, glm::vec3& hi) const;

private:
    float group_distance(int group, const glm::vec3& p, float above) const;
    float join_blend(int group, const glm::vec3& p) const;
};

// How girths follow `build`: girth = build^exponent. Necks grow slower than limbs and
// trunk; heads not at all, hands and feet barely.
inline constexpr float kGirthExponent = 0.9f;
inline constexpr float kNeckGirthExponent = 0.6f;
inline constexpr float kHandFootGirthExponent = 0.3f;

// The mannequin for `skeleton`, with girths scaled by `build` (1 average, ~0.85 slim,
// ~1.2 broad); lengths and joint places come from the skeleton.
MannequinShape make_mannequin_shape(const Skeleton& skeleton, float build);

} // namespace legwork
