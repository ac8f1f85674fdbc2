// The generated mannequin as a mesh: closed and well formed, the skeleton's size and
// proportions, plausible girths for each build, skin weights that keep limbs apart, and
// an outfit whose seams are crisp.
#include "avatar_fixture.h"
#include "core/anim/pose.h"
#include "mesh_measures.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace legwork;
using legwork::test::avatar;

namespace {

std::array<glm::mat4, kJointCount> bind_world(float build) {
    const Skeleton skeleton = make_skeleton({kReferenceHeight_m, build});
    std::array<glm::mat4, kJointCount> world;
    world_transforms(skeleton, bind_pose(skeleton), world);
    return world;
}

glm::vec3 joint_at(const std::array<glm::mat4, kJointCount>& world, Joint joint) {
    return glm::vec3(world[index(joint)][3]);
}

float weight_on(const SkinnedMesh& mesh, std::size_t v, Joint joint) {
    float w = 0.0f;
    for (int k = 0; k < 4; ++k)
        if (mesh.joints[v][k] == index(joint)) w += mesh.weights[v][k];
    return w;
}

// Circumference of the left thigh just below the buttock, at 43% of body height.
float thigh_girth(const SkinnedMesh& mesh) {
    for (const test::Section& s :
         test::sections(mesh.positions, mesh.indices, {0, 1, 0}, 0.43f * kReferenceHeight_m))
        if (s.centroid.x > 0.03f && s.centroid.x < 0.2f) return s.perimeter_m;
    return 0.0f;
}

// The trunk's smallest circumference between the hips and the ribs.
float waist_girth(const SkinnedMesh& mesh) {
    float least = 1e9f;
    for (float y = 0.98f; y < 1.16f; y += 0.01f)
        for (const test::Section& s : test::sections(mesh.positions, mesh.indices, {0, 1, 0}, y))
            if (std::abs(s.centroid.x) < 0.05f) least = std::min(least, s.perimeter_m);
    return least;
}

// The left calf's largest circumference.
float calf_girth(const SkinnedMesh& mesh) {
    float most = 0.0f;
    for (float y = 0.28f; y < 0.42f; y += 0.01f)
        for (const test::Section& s : test::sections(mesh.positions, mesh.indices, {0, 1, 0}, y))
            if (s.centroid.x > 0.03f && s.centroid.x < 0.2f) most = std::max(most, s.perimeter_m);
    return most;
}

// The left upper arm's circumference halfway down, across the arm.
float upper_arm_girth(const SkinnedMesh& mesh, const std::array<glm::mat4, kJointCount>& world) {
    const glm::vec3 shoulder = joint_at(world, Joint::leftUpperArm);
    const glm::vec3 elbow = joint_at(world, Joint::leftLowerArm);
    const glm::vec3 axis = glm::normalize(elbow - shoulder), middle = 0.5f * (shoulder + elbow);
    for (const test::Section& s :
         test::sections(mesh.positions, mesh.indices, axis, glm::dot(axis, middle)))
        if (glm::distance(s.centroid, middle) < 0.05f) return s.perimeter_m;
    return 0.0f;
}

} // namespace

TEST_CASE("The avatar has enough triangles to look smooth and few enough for a software "
          "rasterizer",
          "[avatar][mesh]") {
    const SkinnedMesh& mesh = avatar();
    CHECK(mesh.triangle_count() >= 12000);
    CHECK(mesh.triangle_count() <= 25000);
    REQUIRE(mesh.indices.size() % 3 == 0);
    for (std::uint32_t i : mesh.indices) REQUIRE(i < mesh.vertex_count());
    CHECK(mesh.normals.size() == mesh.vertex_count());
    CHECK(mesh.joints.size() == mesh.vertex_count());
    CHECK(mesh.weights.size() == mesh.vertex_count());
    CHECK(mesh.outfit.size() == mesh.vertex_count());
    CHECK(mesh.muscles.size() == mesh.vertex_count());
}

TEST_CASE("Every build of the avatar is a closed body of its skeleton's size, and the builds "
          "differ",
          "[avatar][mesh]") {
    // Sections share one process, so each build is generated once.
    SECTION("is closed, wound counter-clockwise from outside, with no degenerate triangle") {
        for (AvatarBuild b : kAvatarBuilds) {
            INFO(avatar_build_name(b));
            const SkinnedMesh& mesh = avatar(build_girth(b));
            CHECK(test::unpaired_edges(mesh.indices) == 0);
            CHECK(test::signed_volume(mesh.positions, mesh.indices) > 0.04); // a body: ~70 litres
            int degenerate = 0;
            for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
                const glm::vec3 a = mesh.positions[mesh.indices[t]],
                                b2 = mesh.positions[mesh.indices[t + 1]],
                                c = mesh.positions[mesh.indices[t + 2]];
                if (0.5f * glm::length(glm::cross(b2 - a, c - a)) < 1e-7f) ++degenerate; // 0.1 mm^2
            }
            CHECK(degenerate == 0);
            // No vertex joins two sheets of surface: around each vertex its triangles form one fan.
            std::vector<std::map<std::uint32_t, std::uint32_t>> fan(mesh.vertex_count());
            for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
                for (int k = 0; k < 3; ++k)
                    fan[mesh.indices[t + k]][mesh.indices[t + (k + 1) % 3]] =
                        mesh.indices[t + (k + 2) % 3];
            int pinched = 0;
            for (const auto& around : fan) {
                std::size_t steps = 0;
                std::uint32_t at = around.begin()->first;
                do {
                    at = around.at(at);
                    ++steps;
                } while (at != around.begin()->first && steps <= around.size());
                if (steps != around.size()) ++pinched;
            }
            CHECK(pinched == 0);
        }
    }
    SECTION("holds every joint of its skeleton inside it") {
        for (AvatarBuild b : kAvatarBuilds) {
            const SkinnedMesh& mesh = avatar(build_girth(b));
            const auto world = bind_world(build_girth(b));
            for (int j = 0; j < kJointCount; ++j) {
                INFO(avatar_build_name(b) << " " << joint_name(static_cast<Joint>(j)));
                CHECK(test::winding_number(mesh.positions, mesh.indices, glm::vec3(world[j][3])) ==
                      Approx(1.0).margin(0.01));
            }
        }
    }
    SECTION("stands on the floor and is as tall as its skeleton") {
        for (AvatarBuild b : kAvatarBuilds) {
            INFO(avatar_build_name(b));
            const SkinnedMesh& mesh = avatar(build_girth(b));
            const Skeleton skeleton = make_skeleton({kReferenceHeight_m, build_girth(b)});
            const auto world = bind_world(build_girth(b));
            float top = -1.0f, bottom = 1.0f;
            for (const glm::vec3& p : mesh.positions) {
                top = std::max(top, p.y);
                bottom = std::min(bottom, p.y);
            }
            CHECK(top == Approx(site_position(skeleton, world, Site::headTop).y).margin(0.01));
            CHECK(bottom == Approx(0.0f).margin(0.005));
            // The soles are flat: every vertex within 5 mm of the floor is under a shoe.
            for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
                if (mesh.positions[v].y < 0.005f) CHECK(mesh.outfit[v].z == 1.0f);
        }
    }
    SECTION("is visibly slimmer or broader than the others") {
        const SkinnedMesh& slim = avatar(0.85f);
        const SkinnedMesh& average = avatar(1.0f);
        const SkinnedMesh& broad = avatar(1.2f);
        CHECK(thigh_girth(slim) < 0.92f * thigh_girth(average));
        CHECK(thigh_girth(broad) > 1.1f * thigh_girth(average));
        CHECK(waist_girth(slim) < 0.92f * waist_girth(average));
        CHECK(waist_girth(broad) > 1.1f * waist_girth(average));
        CHECK(upper_arm_girth(broad, bind_world(1.2f)) > upper_arm_girth(slim, bind_world(0.85f)));
    }
}

TEST_CASE("The avatar's normals are unit length and point out of the body", "[avatar][mesh]") {
    const SkinnedMesh& mesh = avatar();
    const auto world = bind_world(1.0f);
    const Skeleton skeleton = make_skeleton();
    // Each joint's bones as segments: to each child, and from the hands, toes and head to
    // the fingertips, toe tips and top of the head.
    std::array<std::vector<std::pair<glm::vec3, glm::vec3>>, kJointCount> bones;
    for (int j = 1; j < kJointCount; ++j)
        bones[skeleton.parent[j]].push_back(
            {glm::vec3(world[skeleton.parent[j]][3]), glm::vec3(world[j][3])});
    for (auto [joint, site] : {std::pair{Joint::leftHand, Site::leftHandTip},
                               {Joint::rightHand, Site::rightHandTip},
                               {Joint::leftToes, Site::leftToeTip},
                               {Joint::rightToes, Site::rightToeTip},
                               {Joint::head, Site::headTop}})
        bones[index(joint)].push_back(
            {joint_at(world, joint), site_position(skeleton, world, site)});

    // Outward: away from the nearest point of the bones the vertex follows.
    int outward = 0, unit = 0;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        const glm::vec3 p = mesh.positions[v];
        if (std::abs(glm::length(mesh.normals[v]) - 1.0f) < 1e-4f) ++unit;
        std::vector<std::pair<glm::vec3, glm::vec3>> own;
        for (int k = 0; k < 4; ++k)
            if (mesh.weights[v][k] > 0.0f)
                own.insert(own.end(), bones[mesh.joints[v][k]].begin(),
                           bones[mesh.joints[v][k]].end());
        float nearest = 1e9f;
        glm::vec3 from{0.0f};
        for (const auto& [a, b] : own) {
            const glm::vec3 ab = b - a;
            const glm::vec3 q =
                a + glm::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f) * ab;
            if (glm::distance(p, q) < nearest) {
                nearest = glm::distance(p, q);
                from = q;
            }
        }
        if (glm::dot(mesh.normals[v], p - from) > 0.0f) ++outward;
    }
    CHECK(unit == static_cast<int>(mesh.vertex_count()));
    CHECK(outward >= static_cast<int>(0.98 * mesh.vertex_count()));

    // And they agree with the triangles around them.
    std::vector<glm::vec3> around(mesh.vertex_count(), glm::vec3(0.0f));
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a],
                                       mesh.positions[c] - mesh.positions[a]);
        around[a] += n;
        around[b] += n;
        around[c] += n;
    }
    int agree = 0;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
        if (glm::dot(glm::normalize(around[v]), mesh.normals[v]) > 0.5f) ++agree;
    CHECK(agree >= static_cast<int>(0.995 * mesh.vertex_count()));
}

TEST_CASE("The average avatar's girths are an average adult's", "[avatar][mesh]") {
    const SkinnedMesh& mesh = avatar();
    CHECK(thigh_girth(mesh) == Approx(0.55f).margin(0.05f));
    CHECK(waist_girth(mesh) == Approx(0.80f).margin(0.08f));
    CHECK(calf_girth(mesh) == Approx(0.37f).margin(0.04f));
    CHECK(upper_arm_girth(mesh, bind_world(1.0f)) == Approx(0.30f).margin(0.04f));
}

TEST_CASE("Generating the avatar twice gives the same mesh", "[avatar][mesh]") {
    const SkinnedMesh again = generate_avatar({.build = 1.0f});
    const SkinnedMesh& first = avatar();
    CHECK(again.positions == first.positions);
    CHECK(again.indices == first.indices);
    CHECK(again.weights == first.weights);
    CHECK(again.joints == first.joints);
    CHECK(again.outfit == first.outfit);
    CHECK(again.muscles == first.muscles);
}

TEST_CASE("Each vertex follows at most four joints with weights that sum to one",
          "[avatar][skinning]") {
    const SkinnedMesh& mesh = avatar();
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        const glm::vec4 w = mesh.weights[v];
        REQUIRE(glm::all(glm::greaterThanEqual(w, glm::vec4(0.0f))));
        REQUIRE(w.x + w.y + w.z + w.w == Approx(1.0f).margin(1e-5f));
        for (int k = 0; k < 4; ++k) REQUIRE(mesh.joints[v][k] < kJointCount);
    }
    // Every joint moves some skin.
    std::set<int> used;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
        for (int k = 0; k < 4; ++k)
            if (mesh.weights[v][k] > 0.0f) used.insert(mesh.joints[v][k]);
    CHECK(used.size() == kJointCount);
}

TEST_CASE("The inverse bind matrices undo the bind pose", "[avatar][skinning]") {
    const SkinnedMesh& mesh = avatar();
    const auto world = bind_world(1.0f);
    for (int j = 0; j < kJointCount; ++j) {
        const glm::mat4 product = mesh.inverse_bind[j] * world[j];
        for (int c = 0; c < 4; ++c)
            for (int r = 0; r < 4; ++r)
                CHECK(product[c][r] == Approx(c == r ? 1.0f : 0.0f).margin(1e-5f));
    }
}

TEST_CASE("No side of the body follows the other side's limbs, and the trunk under the "
          "armpit does not follow the arm",
          "[avatar][skinning]") {
    const SkinnedMesh& mesh = avatar();
    const Joint left_limbs[] = {Joint::leftShoulder, Joint::leftUpperArm, Joint::leftLowerArm,
                                Joint::leftHand,     Joint::leftUpperLeg, Joint::leftLowerLeg,
                                Joint::leftFoot,     Joint::leftToes};
    const Joint arm[] = {Joint::leftUpperArm, Joint::leftLowerArm, Joint::leftHand};
    int inner_thigh = 0, flank = 0;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        const glm::vec3 p = mesh.positions[v];
        for (Joint joint : left_limbs) {
            if (p.x < -0.01f) REQUIRE(weight_on(mesh, v, joint) == 0.0f);
            if (p.x > 0.01f) REQUIRE(weight_on(mesh, v, mirror(joint)) == 0.0f);
        }
        // The inner thigh follows its own leg.
        if (p.y > 0.55f && p.y < 0.75f && std::abs(p.x) < 0.06f && std::abs(p.x) > 0.01f) {
            ++inner_thigh;
            const Joint thigh = p.x > 0.0f ? Joint::leftUpperLeg : Joint::rightUpperLeg;
            CHECK(weight_on(mesh, v, thigh) > 0.9f);
        }
        // The side of the chest and waist below the armpit stays with the trunk.
        if (p.y > 0.95f && p.y < 1.25f && std::abs(p.x) < 0.19f) {
            ++flank;
            for (Joint joint : arm) {
                REQUIRE(weight_on(mesh, v, joint) == 0.0f);
                REQUIRE(weight_on(mesh, v, mirror(joint)) == 0.0f);
            }
        }
    }
    CHECK(inner_thigh > 20);
    CHECK(flank > 200);
}

TEST_CASE("The outfit covers what a T-shirt, shorts and shoes cover", "[avatar][outfit]") {
    const SkinnedMesh& mesh = avatar();
    const auto world = bind_world(1.0f);
    const Skeleton skeleton = make_skeleton();
    const auto nearest = [&](glm::vec3 p) {
        std::size_t best = 0;
        for (std::size_t v = 1; v < mesh.vertex_count(); ++v)
            if (glm::distance(mesh.positions[v], p) < glm::distance(mesh.positions[best], p))
                best = v;
        return mesh.outfit[best];
    };
    const glm::vec3 shoulder = joint_at(world, Joint::leftUpperArm);
    const glm::vec3 elbow = joint_at(world, Joint::leftLowerArm);
    const glm::vec3 knee = joint_at(world, Joint::leftLowerLeg);
    const glm::vec3 hip = joint_at(world, Joint::leftUpperLeg);
    CHECK(nearest({0.0f, 1.25f, 0.2f}) == glm::vec4(1, 0, 0, 0));  // chest
    CHECK(nearest({0.0f, 1.10f, -0.2f}) == glm::vec4(1, 0, 0, 0)); // back
    CHECK(nearest(glm::mix(shoulder, elbow, 0.25f) + glm::vec3(0.1f, 0, 0)) ==
          glm::vec4(1, 0, 0, 0));
    CHECK(nearest(glm::mix(shoulder, elbow, 0.8f) + glm::vec3(0.1f, 0, 0)) == glm::vec4(0));
    CHECK(nearest(site_position(skeleton, world, Site::sacrum) + glm::vec3(0, -0.05f, -0.05f)) ==
          glm::vec4(0, 1, 0, 0));
    CHECK(nearest(glm::mix(hip, knee, 0.3f) + glm::vec3(0, 0, 0.2f)) == glm::vec4(0, 1, 0, 0));
    CHECK(nearest(site_position(skeleton, world, Site::leftKnee)) == glm::vec4(0));
    CHECK(nearest(site_position(skeleton, world, Site::headTop)) == glm::vec4(0));
    CHECK(nearest({0.0f, 1.50f, 0.2f}) == glm::vec4(0)); // the throat, above the crew neck
    CHECK(nearest(site_position(skeleton, world, Site::leftToeTip)) == glm::vec4(0, 0, 1, 0));
    CHECK(nearest(site_position(skeleton, world, Site::leftHeel)) == glm::vec4(0, 0, 1, 0));
    // The shirt and the shorts meet at one seam and never overlap.
    for (const glm::vec4& o : mesh.outfit) REQUIRE_FALSE((o.x > 0.5f && o.y > 0.5f));
}

TEST_CASE("Outfit seams are crisp: coverage ramps across one triangle without clamping",
          "[avatar][outfit]") {
    const SkinnedMesh& mesh = avatar();
    std::vector<std::set<std::uint32_t>> neighbours(mesh.vertex_count());
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int k = 0; k < 3; ++k)
            neighbours[mesh.indices[t + k]].insert(mesh.indices[t + (k + 1) % 3]);
    for (int zone = 0; zone < kOutfitZoneCount; ++zone) {
        INFO("zone " << zone);
        int crossing = 0;
        const auto covered = [&](std::uint32_t v) { return mesh.outfit[v][zone] > 0.5f; };
        for (std::uint32_t a = 0; a < mesh.vertex_count(); ++a)
            for (std::uint32_t b : neighbours[a]) {
                if (covered(a) == covered(b)) continue;
                ++crossing;
                // Both ends inside the ramp: interpolation finds the seam where it is.
                REQUIRE(mesh.outfit[a][zone] > 0.0f);
                REQUIRE(mesh.outfit[a][zone] < 1.0f);
            }
        CHECK(crossing > 50);
        // And the ramp is narrow, about one triangle (edges are at most 3 cm) each side of
        // the seam: most vertices part-way along it lie within 3 cm of the seam, and all
        // within 7 cm; it widens where the seam's cylinder runs nearly along the skin (the
        // back of the neck, the heel counter). The seam: in each triangle it crosses, the
        // segment between the points where its edges reach 0.5.
        std::vector<std::pair<glm::vec3, glm::vec3>> seam;
        for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
            std::vector<glm::vec3> cut;
            for (int k = 0; k < 3; ++k) {
                const std::uint32_t a = mesh.indices[t + k], b = mesh.indices[t + (k + 1) % 3];
                if (covered(a) == covered(b)) continue;
                const float va = mesh.outfit[a][zone] - 0.5f, vb = mesh.outfit[b][zone] - 0.5f;
                cut.push_back(glm::mix(mesh.positions[a], mesh.positions[b], va / (va - vb)));
            }
            if (cut.size() == 2) seam.push_back({cut[0], cut[1]});
        }
        int ramp = 0, near = 0;
        for (std::uint32_t a = 0; a < mesh.vertex_count(); ++a) {
            const float value = mesh.outfit[a][zone];
            if (value <= 0.0f || value >= 1.0f) continue;
            float nearest = 1e9f;
            for (const auto& [p, q] : seam)
                nearest = std::min(nearest, test::distance_to_segment(mesh.positions[a], p, q));
            REQUIRE(nearest < 0.07f);
            ++ramp;
            if (nearest < 0.03f) ++near;
        }
        CHECK(near >= 0.75 * ramp);
    }
}
