// Body parts a mistake lights up: named as content names them, placed on the posed body,
// and on the working side when an exercise plays mirrored.
#include "core/anim/body_part.h"
#include "core/anim/pose.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

// Distance from `p` to the capsule's axis, less its radius: negative inside.
float outside_m(const BodyCapsule& c, glm::vec3 p) {
    const glm::vec3 ab = c.b - c.a;
    const float t = glm::dot(ab, ab) > 0.0f
                        ? std::clamp(glm::dot(p - c.a, ab) / glm::dot(ab, ab), 0.0f, 1.0f)
                        : 0.0f;
    return glm::length(p - (c.a + t * ab)) - c.radius_m;
}

struct Body {
    Skeleton skeleton = make_skeleton();
    std::array<glm::mat4, kJointCount> world{};
    Body() { world_transforms(skeleton, rest_pose(skeleton), world); }
    glm::vec3 joint(Joint j) const { return glm::vec3(world[index(j)][3]); }
    BodyCapsule capsule(BodyPart part, bool mirrored = false) const {
        std::vector<BodyCapsule> out;
        const BodyPart parts[] = {part};
        append_body_capsules(parts, skeleton, world, mirrored, out);
        REQUIRE(out.size() == 1);
        return out[0];
    }
};

} // namespace

TEST_CASE("Body part names: central, one side, or both sides in the plural", "[anim][bodypart]") {
    for (int i = 0; i < kBodyPartCount; ++i) {
        const BodyPart part = static_cast<BodyPart>(i);
        std::vector<BodyPart> parsed;
        REQUIRE(body_parts_from_name(body_part_name(part), parsed));
        CHECK(parsed == std::vector<BodyPart>{part});
    }
    CHECK(body_part_name(BodyPart::leftKnee) == "leftKnee");
    CHECK(body_part_name(BodyPart::rightUpperArm) == "rightUpperArm");
    std::vector<BodyPart> knees;
    REQUIRE(body_parts_from_name("knees", knees));
    CHECK(knees == std::vector<BodyPart>{BodyPart::leftKnee, BodyPart::rightKnee});
    std::vector<BodyPart> feet;
    REQUIRE(body_parts_from_name("feet", feet));
    CHECK(feet == std::vector<BodyPart>{BodyPart::leftFoot, BodyPart::rightFoot});
    std::vector<BodyPart> none;
    CHECK_FALSE(body_parts_from_name("knee", none)); // a sided part needs its side
    CHECK_FALSE(body_parts_from_name("leftPelvis", none));
    CHECK(none.empty());
    CHECK(mirror(BodyPart::leftHeel) == BodyPart::rightHeel);
    CHECK(mirror(BodyPart::rightShoulder) == BodyPart::leftShoulder);
    CHECK(mirror(BodyPart::lowerBack) == BodyPart::lowerBack);
}

TEST_CASE("Each part's capsule covers that part of the posed body and not its neighbours",
          "[anim][bodypart]") {
    const Body body;
    const float h = body.skeleton.height_m;
    // A knee: a ball of about 9 cm round the knee joint.
    const BodyCapsule knee = body.capsule(BodyPart::leftKnee);
    CHECK(glm::length(knee.a - body.joint(Joint::leftLowerLeg)) < 1e-5f);
    CHECK(knee.radius_m == Approx(0.09f).margin(0.01));
    CHECK(outside_m(knee, site_position(body.skeleton, body.world, Site::leftKnee)) < 0.0f);
    CHECK(outside_m(knee, body.joint(Joint::rightLowerLeg)) > 0.0f);
    CHECK(outside_m(knee, body.joint(Joint::leftUpperLeg)) > 0.0f);
    // The lower back covers the sacrum and the back of the waist, not the belly.
    const BodyCapsule lower_back = body.capsule(BodyPart::lowerBack);
    CHECK(outside_m(lower_back, site_position(body.skeleton, body.world, Site::sacrum)) < 0.0f);
    CHECK(outside_m(lower_back, body.joint(Joint::spine) + glm::vec3(0, 0, -0.06f * h)) < 0.0f);
    CHECK(outside_m(lower_back, body.joint(Joint::spine) + glm::vec3(0, 0, 0.07f * h)) > 0.0f);
    CHECK(outside_m(lower_back, body.joint(Joint::neck)) > 0.0f);
    // The heel, not the toes.
    const BodyCapsule heel = body.capsule(BodyPart::rightHeel);
    CHECK(outside_m(heel, site_position(body.skeleton, body.world, Site::rightHeel)) < 0.0f);
    CHECK(outside_m(heel, site_position(body.skeleton, body.world, Site::rightToeTip)) > 0.0f);
}

TEST_CASE("Highlights follow the working side when the exercise plays mirrored",
          "[anim][bodypart]") {
    const Body body;
    const BodyCapsule mirrored = body.capsule(BodyPart::leftHip, true);
    CHECK(glm::length(mirrored.a - body.joint(Joint::rightUpperLeg)) < 1e-5f);
    const BodyCapsule pelvis = body.capsule(BodyPart::pelvis, true);
    const BodyCapsule same = body.capsule(BodyPart::pelvis, false);
    CHECK(glm::length(0.5f * (pelvis.a + pelvis.b) - 0.5f * (same.a + same.b)) < 1e-5f);
}

TEST_CASE("Appending capsules allocates nothing once there is room", "[anim][bodypart]") {
    const Body body;
    std::vector<BodyPart> parts;
    for (const char* name : {"pelvis", "knees", "lowerBack"})
        REQUIRE(body_parts_from_name(name, parts));
    std::vector<BodyCapsule> out;
    out.reserve(parts.size());
    const BodyCapsule* data = out.data();
    for (int frame = 0; frame < 3; ++frame) {
        out.resize(0);
        append_body_capsules(parts, body.skeleton, body.world, false, out);
    }
    CHECK(out.size() == 4);
    CHECK(out.data() == data);
}
