// Dual quaternion skinning: exact for rigid motion, unaffected by the sign of a
// quaternion, and on the avatar, knees and elbows bent to 150 degrees keep their volume
// where linear blend skinning loses it.
#include "avatar_fixture.h"
#include "core/anim/body_angles.h"
#include "core/avatar/dual_quaternion_skinning.h"
#include "mesh_measures.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

using namespace legwork;
using legwork::test::avatar;

namespace {

glm::mat4 rigid(float angle_deg, glm::vec3 axis, glm::vec3 translation) {
    return glm::translate(glm::mat4(1.0f), translation) *
           glm::rotate(glm::mat4(1.0f), glm::radians(angle_deg), glm::normalize(axis));
}

// The bind pose with the knees and elbows bent to 150 degrees.
std::array<glm::mat4, kJointCount> bent_limbs(const Skeleton& skeleton) {
    Pose pose = bind_pose(skeleton);
    BodyAngles angles;
    for (Side side : {Side::left, Side::right}) {
        angles[*dof_from_name("shoulderAbduction", side)] = kBindArmAbductionDeg;
        angles[*dof_from_name("kneeFlexion", side)] = 150.0f;
        angles[*dof_from_name("elbowFlexion", side)] = 150.0f;
    }
    apply_angles(angles, glm::quat(1, 0, 0, 0), pose);
    std::array<glm::mat4, kJointCount> world;
    world_transforms(skeleton, pose, world);
    return world;
}

// Linear blend skinning, for comparison: the weighted mean of the joints' matrices.
std::vector<glm::vec3> linear_blend(const SkinnedMesh& mesh,
                                    const std::array<glm::mat4, kJointCount>& world) {
    std::vector<glm::vec3> out(mesh.vertex_count());
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        glm::vec4 p{0.0f};
        for (int k = 0; k < 4; ++k) {
            const int j = mesh.joints[v][k];
            p += mesh.weights[v][k] *
                 (world[j] * mesh.inverse_bind[j] * glm::vec4(mesh.positions[v], 1.0f));
        }
        out[v] = glm::vec3(p);
    }
    return out;
}

} // namespace

TEST_CASE("A joint's dual quaternion moves points and turns normals as its matrix does",
          "[avatar][skinning]") {
    const glm::mat4 m = rigid(73.0f, {0.3f, -1.0f, 0.4f}, {0.2f, 1.1f, -0.3f});
    const DualQuaternion dq = to_dual_quaternion(m);
    CHECK(glm::length(dq.real) == Approx(1.0f));
    for (const glm::vec3 p :
         {glm::vec3(0.0f), glm::vec3(0.1f, -0.4f, 0.25f), glm::vec3(-1, 2, 0.5f)}) {
        const glm::vec3 expected = glm::vec3(m * glm::vec4(p, 1.0f));
        CHECK(glm::distance(transform_point(dq, p), expected) < 1e-5f);
    }
    const glm::vec3 n = glm::normalize(glm::vec3(0.2f, 0.9f, -0.3f));
    CHECK(glm::distance(transform_direction(dq, n), glm::mat3(m) * n) < 1e-5f);
}

TEST_CASE("Blending a quaternion with its negative gives the same rotation, not a collapse",
          "[avatar][skinning]") {
    const glm::mat4 m = rigid(120.0f, {0, 0, 1}, {0.0f, 0.5f, 0.0f});
    std::array<DualQuaternion, kJointCount> joint{};
    joint[1] = to_dual_quaternion(m);
    joint[2] = {-joint[1].real, -joint[1].dual}; // the same transform, other hemisphere
    const DualQuaternion mixed = blend(joint, {1, 2, 0, 0}, {0.5f, 0.5f, 0.0f, 0.0f});
    const glm::vec3 p{0.3f, 0.2f, 0.1f};
    CHECK(glm::distance(transform_point(mixed, p), glm::vec3(m * glm::vec4(p, 1.0f))) < 1e-5f);
}

TEST_CASE("Skinning the avatar in its bind pose leaves it as it is", "[avatar][skinning]") {
    const SkinnedMesh& mesh = avatar();
    const Skeleton skeleton = make_skeleton();
    std::array<glm::mat4, kJointCount> world;
    world_transforms(skeleton, bind_pose(skeleton), world);
    std::array<DualQuaternion, kJointCount> joint;
    skinning_transforms(world, mesh.inverse_bind, joint);
    std::vector<glm::vec3> positions(mesh.vertex_count()), normals(mesh.vertex_count());
    skin(mesh, joint, positions, normals);
    float worst = 0.0f, worst_normal = 0.0f;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        worst = std::max(worst, glm::distance(positions[v], mesh.positions[v]));
        worst_normal = std::max(worst_normal, glm::distance(normals[v], mesh.normals[v]));
    }
    CHECK(worst < 1e-5f);
    CHECK(worst_normal < 1e-5f);
}

TEST_CASE("Knees and elbows bent to 150 degrees keep their volume with dual quaternion "
          "skinning, and lose it with linear blend skinning",
          "[avatar][skinning]") {
    const SkinnedMesh& mesh = avatar();
    const Skeleton skeleton = make_skeleton();
    std::array<glm::mat4, kJointCount> rest;
    world_transforms(skeleton, bind_pose(skeleton), rest);
    const std::array<glm::mat4, kJointCount> world = bent_limbs(skeleton);
    std::array<DualQuaternion, kJointCount> joint;
    skinning_transforms(world, mesh.inverse_bind, joint);
    std::vector<glm::vec3> dqs(mesh.vertex_count()), normals(mesh.vertex_count());
    skin(mesh, joint, dqs, normals);
    const std::vector<glm::vec3> lbs = linear_blend(mesh, world);

    struct Limb {
        Joint upper, middle, end;
    };
    for (const Limb limb : {Limb{Joint::leftUpperLeg, Joint::leftLowerLeg, Joint::leftFoot},
                            Limb{Joint::rightUpperLeg, Joint::rightLowerLeg, Joint::rightFoot},
                            Limb{Joint::leftUpperArm, Joint::leftLowerArm, Joint::leftHand},
                            Limb{Joint::rightUpperArm, Joint::rightLowerArm, Joint::rightHand}}) {
        INFO(joint_name(limb.middle));
        const glm::vec3 centre_rest{rest[index(limb.middle)][3]};
        const glm::vec3 centre{world[index(limb.middle)][3]};
        REQUIRE(glm::distance(centre, centre_rest) < 1e-5f); // only the joint itself bends
        // The skin around the joint: vertices mostly on its two bones, within 20 cm.
        const auto around = [&](std::uint32_t v) {
            float w = 0.0f;
            for (int k = 0; k < 4; ++k)
                if (mesh.joints[v][k] == index(limb.upper) ||
                    mesh.joints[v][k] == index(limb.middle))
                    w += mesh.weights[v][k];
            return w >= 0.5f && glm::distance(mesh.positions[v], centre_rest) < 0.2f;
        };
        // Volume of the cone from the joint's centre to the skin's triangles around it: the
        // bones' own rigid parts keep theirs, so it changes only where the skin blends.
        double rest_volume = 0.0, dqs_volume = 0.0, lbs_volume = 0.0;
        for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
            const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1],
                                c = mesh.indices[t + 2];
            if (!around(a) || !around(b) || !around(c)) continue;
            const auto fan = [&](const std::vector<glm::vec3>& p, glm::vec3 o) {
                return glm::dot(glm::dvec3(p[a] - o),
                                glm::cross(glm::dvec3(p[b] - o), glm::dvec3(p[c] - o))) /
                       6.0;
            };
            rest_volume += fan(mesh.positions, centre_rest);
            dqs_volume += fan(dqs, centre);
            lbs_volume += fan(lbs, centre);
        }
        REQUIRE(rest_volume > 500e-6); // at least half a litre of limb
        const double dqs_change = std::abs(dqs_volume / rest_volume - 1.0);
        const double lbs_change = std::abs(lbs_volume / rest_volume - 1.0);
        CHECK(dqs_change < 0.10);
        CHECK(lbs_change > dqs_change);

        // No collapse: the skin keeps its distance from the joint's centre (linear blending
        // pulls the front of the knee to about a quarter of it) and from the bone it follows.
        const glm::vec3 upper{world[index(limb.upper)][3]}, end{world[index(limb.end)][3]};
        float dqs_ratio = 1e9f, lbs_ratio = 1e9f, dqs_axis = 1e9f;
        for (std::uint32_t v = 0; v < mesh.vertex_count(); ++v) {
            if (!around(v)) continue;
            const float r = glm::distance(mesh.positions[v], centre_rest);
            dqs_ratio = std::min(dqs_ratio, glm::distance(dqs[v], centre) / r);
            lbs_ratio = std::min(lbs_ratio, glm::distance(lbs[v], centre) / r);
            float on_upper = 0.0f, on_lower = 0.0f;
            for (int k = 0; k < 4; ++k) {
                if (mesh.joints[v][k] == index(limb.upper)) on_upper += mesh.weights[v][k];
                if (mesh.joints[v][k] == index(limb.middle)) on_lower += mesh.weights[v][k];
            }
            dqs_axis = std::min(dqs_axis, on_upper >= on_lower
                                              ? test::distance_to_segment(dqs[v], upper, centre)
                                              : test::distance_to_segment(dqs[v], centre, end));
        }
        CHECK(dqs_ratio > 0.9f);
        CHECK(lbs_ratio < 0.5f);
        CHECK(dqs_axis > 0.01f);
    }
}
