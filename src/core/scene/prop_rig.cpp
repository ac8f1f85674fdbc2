#include "core/scene/prop_rig.h"

#include "core/anim/body_shape.h"
#include "core/anim/center_of_mass.h"

#include <algorithm>
#include <cmath>
#include <glm/gtc/quaternion.hpp>

namespace legwork {
namespace {

const glm::vec3 kUp{0.0f, 1.0f, 0.0f};

glm::vec3 position_of(const glm::mat4& m) {
    return glm::vec3(m[3]);
}
glm::vec3 horizontal(glm::vec3 v) {
    return {v.x, 0.0f, v.z};
}

// Unit horizontal direction of `v`, or `fallback` when `v` is (nearly) vertical.
glm::vec3 heading(glm::vec3 v, glm::vec3 fallback) {
    const glm::vec3 h = horizontal(v);
    return glm::dot(h, h) > 1e-6f ? glm::normalize(h) : fallback;
}

// A rigid frame with local x along `x` and y along `y` (made perpendicular to x), at `origin`.
glm::mat4 frame(glm::vec3 x, glm::vec3 y, glm::vec3 origin) {
    x = glm::normalize(x);
    y = glm::normalize(y - glm::dot(y, x) * x);
    const glm::vec3 z = glm::cross(x, y);
    glm::mat4 m(1.0f);
    m[0] = glm::vec4(x, 0.0f);
    m[1] = glm::vec4(y, 0.0f);
    m[2] = glm::vec4(z, 0.0f);
    m[3] = glm::vec4(origin, 1.0f);
    return m;
}

// A frame whose local y runs along `axis` (for cylinders), x as near `hint` as it can.
glm::mat4 frame_along(glm::vec3 axis, glm::vec3 hint, glm::vec3 origin) {
    axis = glm::normalize(axis);
    hint -= glm::dot(hint, axis) * axis;
    if (glm::dot(hint, hint) < 1e-8f)
        hint = std::abs(axis.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 0, 1);
    const glm::mat4 m = frame(axis, hint, origin); // x = axis, y = hint
    glm::mat4 out(1.0f);
    out[0] = m[1];  // x: the hint
    out[1] = m[0];  // y: the axis
    out[2] = -m[2]; // z completes a right-handed frame
    out[3] = m[3];
    return out;
}

glm::mat4 offset(const glm::mat4& m, glm::vec3 local) {
    glm::mat4 out = m;
    out[3] = m * glm::vec4(local, 1.0f);
    return out;
}

// Appends a piece of a prop of kind `kind`.
void add(std::vector<PropPiece>& out, PropKind kind, PropShape shape, const glm::mat4& transform,
         glm::vec3 size, glm::vec3 color, float corner = 0.0f) {
    out.push_back({shape, transform, size, corner, color, kind});
}

// ---- fixed props, in a frame on the floor under the prop's centre: x along its long side

void add_mat(std::vector<PropPiece>& out, const glm::mat4& at) {
    const PropSize s = prop_size(PropKind::mat);
    add(out, PropKind::mat, PropShape::box, offset(at, {0, 0.5f * s.height_m, 0}),
        {s.length_m, s.height_m, s.width_m}, prop_colors(PropKind::mat).main, 0.5f * s.height_m);
}

void add_bench(std::vector<PropPiece>& out, const glm::mat4& at) {
    const PropSize s = prop_size(PropKind::bench);
    const PropColors c = prop_colors(PropKind::bench);
    const float top = s.height_m, pad = 0.06f; // the frame stands on what the exercise stands on
    add(out, PropKind::bench, PropShape::box, offset(at, {0, top - 0.5f * pad, 0}),
        {s.length_m, pad, s.width_m}, c.main, 0.015f);
    // A steel rail under the pad on two uprights with feet.
    add(out, PropKind::bench, PropShape::box, offset(at, {0, top - pad - 0.02f, 0}),
        {s.length_m - 0.30f, 0.04f, 0.06f}, c.detail, 0.005f);
    for (float x : {-1.0f, 1.0f}) {
        const float ux = x * (0.5f * s.length_m - 0.18f);
        add(out, PropKind::bench, PropShape::box, offset(at, {ux, 0.5f * (top - pad - 0.02f), 0}),
            {0.05f, top - pad - 0.04f, 0.05f}, c.detail, 0.005f);
        add(out, PropKind::bench, PropShape::box, offset(at, {ux, 0.015f, 0}),
            {0.06f, 0.03f, s.width_m + 0.10f}, c.detail, 0.005f);
    }
}

void add_step(std::vector<PropPiece>& out, const glm::mat4& at) {
    const PropSize s = prop_size(PropKind::step);
    const PropColors c = prop_colors(PropKind::step);
    const float top = s.height_m, deck = 0.05f;
    add(out, PropKind::step, PropShape::box, offset(at, {0, top - 0.5f * deck, 0}),
        {s.length_m, deck, s.width_m}, c.main, 0.01f);
    for (float x : {-1.0f, 1.0f})
        add(out, PropKind::step, PropShape::box,
            offset(at, {x * (0.5f * s.length_m - 0.13f), 0.5f * (top - deck), 0}),
            {0.24f, top - deck, s.width_m}, c.detail, 0.01f);
}

void add_ball(std::vector<PropPiece>& out, PropKind kind, glm::vec3 centre, const glm::quat& turn) {
    const PropSize s = prop_size(kind);
    const PropColors c = prop_colors(kind);
    glm::mat4 m = glm::mat4_cast(turn);
    m[3] = glm::vec4(centre, 1.0f);
    add(out, kind, PropShape::ellipsoid, m, glm::vec3(s.diameter_m), c.main);
    if (kind == PropKind::stabilityBall) {
        // A seam round the ball shows it turning as it rolls: a thin disc a little wider
        // than the ball, its axis along the ball's local z.
        glm::mat4 seam(1.0f);
        seam[0] = m[0];
        seam[1] = m[2];
        seam[2] = -m[1];
        seam[3] = m[3];
        add(out, kind, PropShape::cylinder, seam,
            {s.diameter_m + 0.004f, 0.008f, s.diameter_m + 0.004f}, c.detail);
    }
}

void add_peanut(std::vector<PropPiece>& out, const glm::mat4& at) {
    const PropSize s = prop_size(PropKind::peanutBall);
    const glm::vec3 color = prop_colors(PropKind::peanutBall).main;
    const float r = 0.5f * s.diameter_m, spacing = s.length_m - s.diameter_m;
    for (float x : {-0.5f, 0.5f})
        add(out, PropKind::peanutBall, PropShape::ellipsoid, offset(at, {x * spacing, r, 0}),
            glm::vec3(s.diameter_m), color);
    add(out, PropKind::peanutBall, PropShape::ellipsoid, offset(at, {0, r, 0}),
        {spacing, 0.75f * s.diameter_m, 0.75f * s.diameter_m}, color);
}

void add_hurdle(std::vector<PropPiece>& out, const glm::mat4& at, float height_m) {
    const PropSize s = prop_size(PropKind::hurdle);
    const PropColors c = prop_colors(PropKind::hurdle);
    const float post = 0.03f, top = height_m + 0.06f;
    for (float x : {-0.5f, 0.5f}) {
        const glm::vec3 foot{x * s.width_m, 0, 0};
        add(out, PropKind::hurdle, PropShape::box, offset(at, foot + glm::vec3(0, 0.01f, 0)),
            {0.18f, 0.02f, 0.18f}, c.detail, 0.005f);
        add(out, PropKind::hurdle, PropShape::cylinder,
            offset(at, foot + glm::vec3(0, 0.5f * top, 0)), {post, top, post}, c.detail);
    }
    // The string runs between the posts along x.
    const glm::mat4 string =
        frame_along(glm::vec3(at[0]), kUp, glm::vec3(at * glm::vec4(0, height_m, 0, 1)));
    add(out, PropKind::hurdle, PropShape::cylinder, string, {s.diameter_m, s.width_m, s.diameter_m},
        c.main);
}

// ---- props that move with the body

glm::vec3 site(const PropRig& rig, std::span<const glm::mat4> world, Site s) {
    return site_position(rig.skeleton, world, s);
}

// The palm's outward direction for a hand: its local x, toward the palm site.
glm::vec3 palm_normal(const PropRig& rig, std::span<const glm::mat4> world, Side side) {
    const Site palm = side == Side::left ? Site::leftPalm : Site::rightPalm;
    const SiteDesc& desc = rig.skeleton.sites[index(palm)];
    return glm::normalize(glm::mat3(world[index(desc.joint)]) *
                          glm::vec3(desc.offset_m.x < 0.0f ? -1.0f : 1.0f, 0, 0));
}

void add_dumbbell(const PropRig& rig, std::span<const glm::mat4> world, Side side,
                  std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::dumbbell);
    const PropColors c = prop_colors(PropKind::dumbbell);
    const Joint hand = side == Side::left ? Joint::leftHand : Joint::rightHand;
    const glm::vec3 normal = palm_normal(rig, world, side);
    // The handle lies across the palm, thumb side to little-finger side (the hand's local
    // z), its surface on the palm.
    const glm::vec3 axis = glm::mat3(world[index(hand)]) * glm::vec3(0, 0, 1);
    const glm::vec3 centre =
        site(rig, world, side == Side::left ? Site::leftPalm : Site::rightPalm) +
        0.5f * s.diameter_m * normal;
    const glm::mat4 grip = frame_along(axis, normal, centre);
    const float handle = s.length_m - 2.0f * s.thickness_m;
    add(out, PropKind::dumbbell, PropShape::cylinder, grip,
        {s.diameter_m, handle + 0.01f, s.diameter_m}, c.detail);
    // Each hexagonal head is three boxes turned 60 degrees apart about the axis: a
    // rectangle one side wide and the flats apart tall, whose corners are the hexagon's.
    const float side_m = s.width_m / std::sqrt(3.0f);
    for (float end : {-1.0f, 1.0f})
        for (int k = 0; k < 3; ++k) {
            glm::mat4 head = offset(grip, {0, end * 0.5f * (handle + s.thickness_m), 0});
            head = head *
                   glm::mat4_cast(glm::angleAxis(glm::radians(60.0f * static_cast<float>(k)), kUp));
            add(out, PropKind::dumbbell, PropShape::box, head, {side_m, s.thickness_m, s.width_m},
                c.main, 0.004f);
        }
}

void add_broomstick(const PropRig& rig, std::span<const glm::mat4> world,
                    std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::broomstick);
    const float r = 0.5f * s.diameter_m;
    const glm::vec3 left =
        site(rig, world, Site::leftPalm) + r * palm_normal(rig, world, Side::left);
    const glm::vec3 right =
        site(rig, world, Site::rightPalm) + r * palm_normal(rig, world, Side::right);
    const glm::vec3 axis = right - left;
    if (glm::dot(axis, axis) < 1e-8f) return;
    add(out, PropKind::broomstick, PropShape::cylinder,
        frame_along(axis, kUp, 0.5f * (left + right)), {s.diameter_m, s.length_m, s.diameter_m},
        prop_colors(PropKind::broomstick).main);
}

// The thighs' axes: hip joint and unit direction to the knee, each side.
struct Thighs {
    glm::vec3 hip[2], knee[2], dir[2];
};
Thighs thighs(std::span<const glm::mat4> world) {
    Thighs t;
    const Joint hips[2] = {Joint::leftUpperLeg, Joint::rightUpperLeg};
    const Joint knees[2] = {Joint::leftLowerLeg, Joint::rightLowerLeg};
    for (int i = 0; i < 2; ++i) {
        t.hip[i] = position_of(world[index(hips[i])]);
        t.knee[i] = position_of(world[index(knees[i])]);
        t.dir[i] = glm::normalize(t.knee[i] - t.hip[i]);
    }
    return t;
}

// How far down the thigh the band sits: 9 cm above the knee's centre on an average thigh,
// just above the kneecap and clear of the calf when the knee bends.
constexpr float kBandAlongThigh = 0.78f;
constexpr int kBandArcPieces = 12;     // per half turn round a thigh
constexpr int kBandStraightPieces = 4; // per run between the thighs

void add_band(const PropRig& rig, std::span<const glm::mat4> world, std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::loopBand);
    const glm::vec3 color = prop_colors(PropKind::loopBand).main;
    const Thighs t = thighs(world);
    // The band lies in one plane across both thighs, facing their mean direction.
    const glm::vec3 normal = glm::normalize(t.dir[0] + t.dir[1]);
    const glm::vec3 mid = 0.5f * (t.hip[0] + kBandAlongThigh * (t.knee[0] - t.hip[0]) + t.hip[1] +
                                  kBandAlongThigh * (t.knee[1] - t.hip[1]));
    glm::vec3 centre[2];
    for (int i = 0; i < 2; ++i)
        centre[i] = t.hip[i] + t.dir[i] * (glm::dot(mid - t.hip[i], normal) /
                                           std::max(glm::dot(t.dir[i], normal), 0.2f));
    // The rough shape's thighs are lean: the avatar's skin just above the knee lies about
    // an eighth further out, and the band must lie on it, not in it.
    constexpr float kSkinOverShape = 1.12f;
    const float r = kSkinOverShape * thigh_radius_m(rig.skeleton, kBandAlongThigh) +
                    0.5f * s.thickness_m;     // the strip's mid-line
    glm::vec3 across = centre[0] - centre[1]; // right thigh to left thigh
    across -= glm::dot(across, normal) * normal;
    const float apart = glm::length(across);
    across = apart > 1e-5f ? across / apart
                           : glm::normalize(glm::cross(
                                 normal, std::abs(normal.y) < 0.9f ? kUp : glm::vec3(1, 0, 0)));
    const glm::vec3 side = glm::cross(normal, across);

    // One strip from a to b, its flat face turned to `outward`.
    const auto strip = [&](glm::vec3 a, glm::vec3 b, glm::vec3 outward) {
        const glm::vec3 along = b - a;
        const float length = glm::length(along);
        if (length < 1e-5f) return;
        add(out, PropKind::loopBand, PropShape::box, frame(along, outward, 0.5f * (a + b)),
            {length + 0.002f, s.thickness_m, s.width_m}, color);
    };
    // The loop: round the left thigh's outer half, across the front, round the right
    // thigh's outer half, back across.
    const glm::vec3 c_left = centre[0], c_right = centre[1];
    const auto on = [&](glm::vec3 c, float angle) {
        return c + r * (std::cos(angle) * across + std::sin(angle) * side);
    };
    const float pi = glm::pi<float>();
    for (int thigh = 0; thigh < 2; ++thigh) {
        const glm::vec3 c = thigh == 0 ? c_left : c_right;
        const float start =
            thigh == 0 ? -0.5f * pi : 0.5f * pi; // left: from -side through +across to +side
        for (int k = 0; k < kBandArcPieces; ++k) {
            const float a0 = start + pi * static_cast<float>(k) / kBandArcPieces;
            const float a1 = start + pi * static_cast<float>(k + 1) / kBandArcPieces;
            const float am = 0.5f * (a0 + a1);
            strip(on(c, a0), on(c, a1), std::cos(am) * across + std::sin(am) * side);
        }
    }
    for (float which : {1.0f, -1.0f}) {
        const glm::vec3 a = c_left + which * r * side, b = c_right + which * r * side;
        for (int k = 0; k < kBandStraightPieces; ++k) {
            const float f0 = static_cast<float>(k) / kBandStraightPieces,
                        f1 = static_cast<float>(k + 1) / kBandStraightPieces;
            strip(a + f0 * (b - a), a + f1 * (b - a), which * side);
        }
    }
}

void add_pillow(const PropRig& rig, std::span<const glm::mat4> world, std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::pillow);
    const Thighs t = thighs(world);
    const glm::vec3 ankle[2] = {position_of(world[index(Joint::leftFoot)]),
                                position_of(world[index(Joint::rightFoot)])};
    glm::vec3 across = t.knee[0] - t.knee[1];
    const float apart = glm::length(across);
    across = apart > 1e-5f ? across / apart : glm::vec3(1, 0, 0);
    // Out of the bend of the knees: each knee's thigh direction less its shin direction.
    glm::vec3 out_dir{0.0f};
    for (int i = 0; i < 2; ++i) out_dir += t.dir[i] - glm::normalize(ankle[i] - t.knee[i]);
    out_dir -= glm::dot(out_dir, across) * across;
    if (glm::dot(out_dir, out_dir) < 1e-8f) out_dir = glm::cross(across, kUp);
    out_dir = glm::normalize(out_dir);
    // Squeezed to the gap between the knees, its long side along the thighs, most of it
    // out in front of the knees (toward the hips the thighs close in) and a little out of
    // the bend.
    const float gap = apart - 2.0f * knee_radius_m(rig.skeleton);
    const float thickness = std::clamp(gap, 0.03f, s.thickness_m);
    glm::vec3 along = t.dir[0] + t.dir[1]; // hips toward knees
    along = glm::normalize(along - glm::dot(along, across) * across + 1e-6f * out_dir);
    const glm::vec3 up = glm::cross(along, across);
    const glm::vec3 centre = 0.5f * (t.knee[0] + t.knee[1]) + (0.5f * s.length_m - 0.13f) * along +
                             0.04f * (glm::dot(up, out_dir) >= 0.0f ? up : -up);
    add(out, PropKind::pillow, PropShape::box, frame(across, up, centre), {thickness, s.width_m, s.length_m},
        prop_colors(PropKind::pillow).main, std::min(0.04f, 0.45f * thickness));
}

// Where a rolling ball's centre is for the contacts' points: touching their middle, on
// the floor, out beyond them.
glm::vec3 rolling_centre(const PropRig::Moving& ball, std::span<const glm::vec3> points) {
    const float r = 0.5f * prop_size(PropKind::stabilityBall).diameter_m;
    glm::vec3 mid{0.0f};
    for (const glm::vec3& p : points) mid += p;
    mid /= static_cast<float>(points.size());
    const float centre_y = ball.floor_m + r;
    const float rise = std::clamp(mid.y - centre_y, -r, r);
    const glm::vec3 centre = horizontal(mid) + std::sqrt(r * r - rise * rise) * ball.away;
    return {centre.x, centre_y, centre.z};
}

void add_rolling_ball(const PropRig& rig, const PropRig::Moving& ball,
                      std::span<const glm::mat4> world, std::vector<PropPiece>& out) {
    std::array<glm::vec3, 2> points{};
    for (int i = 0; i < ball.site_count; ++i) points[i] = site(rig, world, ball.sites[i]);
    const glm::vec3 centre = rolling_centre(ball, std::span(points).first(ball.site_count));
    // Rolling without slipping: it has turned by the distance rolled over its radius, about
    // the horizontal line across its path.
    const glm::vec3 rolled = horizontal(centre - ball.start_centre);
    const float distance = glm::length(rolled);
    glm::quat turn(1, 0, 0, 0);
    if (distance > 1e-6f)
        turn = glm::angleAxis(distance / (0.5f * prop_size(PropKind::stabilityBall).diameter_m),
                              glm::normalize(glm::cross(kUp, rolled)));
    add_ball(out, PropKind::stabilityBall, centre, turn);
}

// The leg extension machine's seat, backrest and frame, for a body seated at `start`: the
// seat's front edge just behind the knees, the backrest on the back from sacrum to upper
// back.
void add_leg_extension_frame(const PropRig& rig, std::span<const glm::mat4> start, float floor_m,
                             std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::legExtensionMachine);
    const PropColors c = prop_colors(PropKind::legExtensionMachine);
    const Thighs t = thighs(start);
    const glm::mat3 hips(start[index(Joint::hips)]);
    const glm::vec3 forward = heading(hips * glm::vec3(0, 0, 1), glm::vec3(0, 0, 1));
    const glm::vec3 across = glm::cross(kUp, forward);
    const glm::vec3 knees = 0.5f * (t.knee[0] + t.knee[1]);
    const glm::vec3 middle = 0.5f * (t.hip[0] + t.hip[1]);
    const float top = floor_m + s.height_m;
    const glm::vec3 front_edge =
        horizontal(middle) + glm::dot(knees - middle, forward) * forward - 0.06f * forward;
    const glm::vec3 seat_centre =
        front_edge - 0.5f * s.length_m * forward + (top - 0.5f * s.thickness_m) * kUp;
    add(out, PropKind::legExtensionMachine, PropShape::box, frame(across, kUp, seat_centre),
        {s.width_m, s.thickness_m, s.length_m}, c.main, 0.02f);
    // A column under the seat on a foot.
    const glm::vec3 under{seat_centre.x, floor_m, seat_centre.z};
    const float column = top - s.thickness_m - floor_m;
    add(out, PropKind::legExtensionMachine, PropShape::box,
        frame(across, kUp, under + 0.5f * column * kUp), {0.08f, column, 0.08f}, c.detail, 0.01f);
    add(out, PropKind::legExtensionMachine, PropShape::box,
        frame(across, kUp, under + 0.015f * kUp), {s.width_m, 0.03f, s.length_m}, c.detail, 0.01f);
    // The backrest lies on the back, along the line from the sacrum to the upper back.
    const glm::vec3 sacrum = site_position(rig.skeleton, start, Site::sacrum);
    const glm::vec3 upper = site_position(rig.skeleton, start, Site::upperBack);
    const glm::vec3 up_back = glm::normalize(upper - sacrum);
    const glm::vec3 into_back = glm::normalize(glm::cross(across, up_back)); // toward the body
    const float rest = glm::length(upper - sacrum) + 0.10f;
    const glm::vec3 back_centre = 0.5f * (sacrum + upper) - 0.5f * s.thickness_m * into_back;
    add(out, PropKind::legExtensionMachine, PropShape::box, frame(across, up_back, back_centre),
        {s.width_m, rest, s.thickness_m}, c.main, 0.02f);
}

// The lever's roller across the front of both shins just above the ankles, its arm down
// from a pivot beside the knees, on the outside of the right leg.
void add_leg_extension_lever(const PropRig& rig, std::span<const glm::mat4> world,
                             std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::legExtensionMachine);
    const PropColors c = prop_colors(PropKind::legExtensionMachine);
    const Joint knees[2] = {Joint::leftLowerLeg, Joint::rightLowerLeg};
    const Joint ankles[2] = {Joint::leftFoot, Joint::rightFoot};
    const Joint toes[2] = {Joint::leftToes, Joint::rightToes};
    constexpr float kAlongShin = 0.80f, kRollerLength_m = 0.32f;
    const float r = 0.5f * s.diameter_m;
    glm::vec3 centre{0.0f}, knee_mid{0.0f};
    for (int i = 0; i < 2; ++i) {
        const glm::vec3 knee = position_of(world[index(knees[i])]);
        const glm::vec3 ankle = position_of(world[index(ankles[i])]);
        const glm::vec3 shin = glm::normalize(ankle - knee);
        glm::vec3 front = position_of(world[index(toes[i])]) - ankle; // the way the foot points
        front = glm::normalize(front - glm::dot(front, shin) * shin);
        const float radius = shin_radius_m(rig.skeleton, kAlongShin);
        centre += 0.5f * (knee + kAlongShin * (ankle - knee) + (radius + r) * front);
        knee_mid += 0.5f * knee;
    }
    const glm::vec3 across = glm::normalize(position_of(world[index(Joint::leftLowerLeg)]) -
                                            position_of(world[index(Joint::rightLowerLeg)]));
    add(out, PropKind::legExtensionMachine, PropShape::cylinder, frame_along(across, kUp, centre),
        {s.diameter_m, kRollerLength_m, s.diameter_m}, c.main);
    const float out_to = 0.5f * kRollerLength_m + 0.03f;
    const glm::vec3 end = centre - out_to * across, pivot = knee_mid - out_to * across;
    add(out, PropKind::legExtensionMachine, PropShape::box,
        frame(end - pivot, across, 0.5f * (end + pivot)),
        {glm::length(end - pivot) + 0.04f, 0.04f, 0.04f}, c.detail, 0.005f);
}

// The lever's roller across the back of the working leg just above the heel, its arm from a
// pivot beside the knee, on the outside of that leg: it turns about the knee with the heel.
void add_leg_curl_lever(const PropRig& rig, std::span<const glm::mat4> world, Side side,
                        std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::legCurlMachine);
    const PropColors c = prop_colors(PropKind::legCurlMachine);
    constexpr float kAlongShin = 0.85f, kRollerLength_m = 0.22f;
    const bool left = side == Side::left;
    const glm::vec3 knee = position_of(world[index(left ? Joint::leftLowerLeg : Joint::rightLowerLeg)]);
    const glm::vec3 ankle = position_of(world[index(left ? Joint::leftFoot : Joint::rightFoot)]);
    const glm::vec3 shin = glm::normalize(ankle - knee);
    // The shin's front is the lower leg's +z, as standing at rest; the roller is behind it.
    glm::vec3 back =
        -glm::mat3(world[index(left ? Joint::leftLowerLeg : Joint::rightLowerLeg)]) * glm::vec3(0, 0, 1);
    back = glm::normalize(back - glm::dot(back, shin) * shin);
    const float r = 0.5f * s.diameter_m;
    const glm::vec3 centre = knee + kAlongShin * (ankle - knee) +
                             (shin_radius_m(rig.skeleton, kAlongShin) + r) * back;
    glm::vec3 outward = glm::normalize(position_of(world[index(Joint::leftLowerLeg)]) -
                                       position_of(world[index(Joint::rightLowerLeg)]));
    if (!left) outward = -outward;
    add(out, PropKind::legCurlMachine, PropShape::cylinder, frame_along(outward, back, centre),
        {s.diameter_m, kRollerLength_m, s.diameter_m}, c.main);
    const float out_to = 0.5f * kRollerLength_m + 0.03f;
    const glm::vec3 end = centre + out_to * outward, pivot = knee + out_to * outward;
    add(out, PropKind::legCurlMachine, PropShape::box,
        frame(end - pivot, outward, 0.5f * (end + pivot)),
        {glm::length(end - pivot) + 0.04f, 0.04f, 0.04f}, c.detail, 0.005f);
}

// ---- building the rig

// How far above a still ball's surface a seat on it may rest (it sits on the crown's back).
constexpr float kSeatOnBallRise_m = 0.007f;

// The body at one instant of the cycle.
struct Snapshot {
    std::array<glm::mat4, kJointCount> world{};
};

Snapshot snapshot(const MotionSampler& sampler, float t_s) {
    Snapshot s;
    Pose pose;
    sampler.sample(t_s, pose, s.world);
    return s;
}

// Which way the body faces, horizontally: its front, or for a body lying face up or
// down, toward its head.
glm::vec3 facing(const Snapshot& s) {
    const glm::mat3 hips(s.world[index(Joint::hips)]);
    return heading(hips * glm::vec3(0, 0, 1),
                   heading(hips * glm::vec3(0, 1, 0), glm::vec3(0, 0, 1)));
}

// A floor frame at `point`'s floor position with x along `long_axis` (horizontal).
glm::mat4 floor_frame(glm::vec3 point, glm::vec3 long_axis, float floor_m) {
    return frame(long_axis, kUp, {point.x, floor_m, point.z});
}

// The lying leg curl machine's pads and frame, for a body face down on it at `start`: the
// body pad under the thighs and trunk, its rounded end under the kneecaps so the knees
// bend freely past it, and a wider arm pad ahead of it under the forearms, from behind the
// elbows to past the hands.
void add_leg_curl_frame(const PropRig& rig, const Snapshot& start, float floor_m,
                        std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::legCurlMachine);
    const PropColors c = prop_colors(PropKind::legCurlMachine);
    const glm::vec3 forward = facing(start); // toward the head
    const glm::vec3 across = glm::cross(kUp, forward);
    const glm::vec3 hips = position_of(start.world[index(Joint::hips)]);
    const float mid_line = glm::dot(hips, across);
    float kneecaps = -1e9f, front = -1e9f, elbows = 1e9f, arm_span = 0.0f;
    for (Site kneecap : {Site::leftKnee, Site::rightKnee})
        kneecaps = std::max(kneecaps, glm::dot(site_position(rig.skeleton, start.world, kneecap), forward));
    for (Site tip : {Site::leftHandTip, Site::rightHandTip})
        front = std::max(front, glm::dot(site_position(rig.skeleton, start.world, tip), forward));
    for (Site tip : {Site::leftElbowTip, Site::rightElbowTip}) {
        const glm::vec3 elbow = site_position(rig.skeleton, start.world, tip);
        elbows = std::min(elbows, glm::dot(elbow, forward));
        arm_span = std::max(arm_span, std::abs(glm::dot(elbow, across) - mid_line));
    }
    // The kneecaps 1 cm onto the pad, where its end rounds off.
    constexpr float kUnderKneecaps_m = 0.01f, kPastHands_m = 0.04f, kBehindElbows_m = 0.08f,
                    kBeside_m = 0.06f, kInset_m = 0.15f;
    const float back = kneecaps - kUnderKneecaps_m;
    const float arms = elbows - kBehindElbows_m, end = front + kPastHands_m;
    const float length = end - back;
    const float top = floor_m + s.height_m;
    const glm::vec3 middle = mid_line * across + (back + 0.5f * length) * forward;
    const glm::vec3 pad_level = (top - 0.5f * s.thickness_m) * kUp;
    add(out, PropKind::legCurlMachine, PropShape::box,
        frame(across, kUp, mid_line * across + 0.5f * (back + arms) * forward + pad_level),
        {s.width_m, s.thickness_m, arms - back}, c.main, 0.02f);
    add(out, PropKind::legCurlMachine, PropShape::box,
        frame(across, kUp, mid_line * across + 0.5f * (arms + end) * forward + pad_level),
        {2.0f * (arm_span + kBeside_m), s.thickness_m, end - arms}, c.main, 0.02f);
    // Two columns under the pad, on a rail along the floor.
    const float column = top - s.thickness_m - floor_m;
    for (float end : {-1.0f, 1.0f})
        add(out, PropKind::legCurlMachine, PropShape::box,
            frame(across, kUp,
                  middle + end * (0.5f * length - kInset_m) * forward +
                      (floor_m + 0.5f * column) * kUp),
            {0.08f, column, 0.08f}, c.detail, 0.01f);
    add(out, PropKind::legCurlMachine, PropShape::box,
        frame(across, kUp, middle + (floor_m + 0.015f) * kUp), {s.width_m, 0.03f, length},
        c.detail, 0.01f);
}

// The soles' points: heels and toe tips.
constexpr std::array<Site, 4> kSoles{Site::leftHeel, Site::leftToeTip, Site::rightHeel,
                                     Site::rightToeTip};
constexpr float kPlatformThickness_m = 0.04f, kPlatformHeight_m = 0.45f;

// The seated leg press around a body seated at `start`: the seat under the sit bones, its
// top at `seat_m` (the lowest they come over the cycle), the back pad along the back, and
// level rails from the seat to past the farthest the soles reach over the cycle, `reach`
// along the way the body faces. Returns the foot platform's slide.
PropRig::Moving add_leg_press_frame(const PropRig& rig, const Snapshot& start, float seat_m,
                                    float reach, float floor_m, std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::legPressMachine);
    const PropColors c = prop_colors(PropKind::legPressMachine);
    const glm::vec3 forward = facing(start);
    const glm::vec3 across = glm::cross(kUp, forward);
    glm::vec3 bones{0.0f}, soles{0.0f};
    for (Site bone : {Site::leftSitBone, Site::rightSitBone})
        bones += 0.5f * site_position(rig.skeleton, start.world, bone);
    const float top = seat_m;
    for (Site sole : kSoles) soles += 0.25f * site_position(rig.skeleton, start.world, sole);
    constexpr float kSeatDepth_m = 0.40f, kAheadOfBones_m = 0.12f, kRailHeight_m = 0.12f;
    const glm::vec3 seat_centre = horizontal(bones) + (kAheadOfBones_m - 0.5f * kSeatDepth_m) * forward +
                                  (top - 0.5f * s.thickness_m) * kUp;
    add(out, PropKind::legPressMachine, PropShape::box, frame(across, kUp, seat_centre),
        {s.width_m, s.thickness_m, kSeatDepth_m}, c.main, 0.02f);
    // The back pad lies on the back, along the line from the sacrum to the upper back.
    const glm::vec3 sacrum = site_position(rig.skeleton, start.world, Site::sacrum);
    const glm::vec3 upper = site_position(rig.skeleton, start.world, Site::upperBack);
    const glm::vec3 up_back = glm::normalize(upper - sacrum);
    const glm::vec3 into_back = glm::normalize(glm::cross(across, up_back));
    const glm::vec3 back_centre = 0.5f * (sacrum + upper) - 0.5f * s.thickness_m * into_back;
    add(out, PropKind::legPressMachine, PropShape::box, frame(across, up_back, back_centre),
        {s.width_m, glm::length(upper - sacrum) + 0.10f, s.thickness_m}, c.main, 0.02f);
    // A column under the seat, and a beam along the floor carrying two level rails from the
    // seat's back to past the platform's farthest.
    const glm::vec3 under{seat_centre.x, floor_m, seat_centre.z};
    const float column = top - s.thickness_m - floor_m;
    add(out, PropKind::legPressMachine, PropShape::box,
        frame(across, kUp, under + 0.5f * column * kUp), {0.10f, column, 0.10f}, c.detail, 0.01f);
    const float from = glm::dot(seat_centre, forward) - 0.5f * kSeatDepth_m;
    const float to = reach + kPlatformThickness_m + 0.10f;
    const glm::vec3 mid_line = glm::dot(seat_centre, across) * across + 0.5f * (from + to) * forward;
    add(out, PropKind::legPressMachine, PropShape::box,
        frame(across, kUp, mid_line + (floor_m + 0.03f) * kUp), {s.width_m, 0.06f, to - from},
        c.detail, 0.01f);
    for (float side : {-1.0f, 1.0f})
        add(out, PropKind::legPressMachine, PropShape::cylinder,
            frame_along(forward, kUp,
                        mid_line + side * 0.5f * s.length_m * across + (floor_m + kRailHeight_m) * kUp),
            {0.04f, to - from, 0.04f}, c.detail);
    // The platform stands square to the rails, its middle level with the soles at the start
    // and over the seat's middle.
    const glm::vec3 platform = glm::dot(seat_centre, across) * across + soles.y * kUp +
                               glm::dot(soles, forward) * forward;
    return {.kind = PropKind::legPressMachine, .floor_m = floor_m, .away = forward,
            .start_centre = platform};
}

// The foot platform, its face against the foremost point of the soles, and the carriage
// under it down to the rails.
void add_leg_press_platform(const PropRig& rig, const PropRig::Moving& press,
                            std::span<const glm::mat4> world, float floor_m,
                            std::vector<PropPiece>& out) {
    const PropSize s = prop_size(PropKind::legPressMachine);
    const PropColors c = prop_colors(PropKind::legPressMachine);
    float face = -1e9f;
    for (Site sole : kSoles)
        face = std::max(face, glm::dot(site_position(rig.skeleton, world, sole), press.away));
    const glm::vec3 centre = press.start_centre +
                             (face + 0.5f * kPlatformThickness_m - glm::dot(press.start_centre, press.away)) *
                                 press.away;
    const glm::vec3 across = glm::cross(kUp, press.away);
    add(out, PropKind::legPressMachine, PropShape::box, frame(across, kUp, centre),
        {s.length_m, kPlatformHeight_m, kPlatformThickness_m}, c.main, 0.01f);
    const float low = centre.y - 0.5f * kPlatformHeight_m;
    const glm::vec3 foot{centre.x, 0.5f * (low + floor_m), centre.z};
    add(out, PropKind::legPressMachine, PropShape::box,
        frame(across, kUp, foot + 0.5f * kPlatformThickness_m * press.away),
        {s.length_m, low - floor_m, 0.05f}, c.detail, 0.005f);
}

// Adds a bench or step under the hold of contact `c`, unless one already stands there.
void add_support(PropRig& rig, std::vector<glm::mat4>& placed, std::vector<Surface>& placed_surface,
                 const MotionSampler& sampler, int c, const MotionSampler::Hold& hold,
                 float floor_m) {
    const Contact& contact = sampler.clip().contacts()[c];
    const PropKind kind = contact.surface == Surface::step ? PropKind::step : PropKind::bench;
    const PropSize size = prop_size(kind);
    glm::vec3 point = hold.target.point;
    glm::vec3 along, into; // the prop's long side, and from the contact into the prop
    if (contact.kind == Contact::Kind::foot) {
        into = glm::vec3(std::sin(hold.target.yaw), 0,
                         std::cos(hold.target.yaw)); // the foot's heading
        along = glm::cross(kUp, into);
        // A step's back edge 3 cm behind the ball of the foot, the heel off it; a bench
        // under the whole foot.
        point += kind == PropKind::step ? (0.5f * size.width_m - 0.03f) * into : -0.09f * into;
    } else {
        // Square to the way the body faces, on the side of the contact from its centre of
        // mass (a seat behind the feet, hands ahead of them): a body off centre over one
        // leg must not turn the bench into the other.
        const Snapshot at = snapshot(sampler, hold.start_s);
        const glm::vec3 com = center_of_mass(sampler.skeleton(), at.world);
        into = facing(at);
        if (glm::dot(point - com, into) < 0.0f) into = -into;
        along = glm::cross(kUp, into);
        point += (0.5f * size.width_m - 0.04f) * into; // the contact 4 cm inside the near edge
    }
    // One prop holds every contact that lands on its top (both feet on one step).
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (placed_surface[i] != contact.surface) continue;
        const glm::vec3 local =
            glm::vec3(glm::inverse(placed[i]) *
                      glm::vec4(hold.target.point.x, floor_m, hold.target.point.z, 1.0f));
        if (std::abs(local.x) < 0.5f * size.length_m - 0.05f &&
            std::abs(local.z) < 0.5f * size.width_m + 0.05f)
            return;
    }
    const glm::mat4 at = floor_frame(point, along, floor_m);
    placed.push_back(at);
    placed_surface.push_back(contact.surface);
    if (kind == PropKind::step)
        add_step(rig.fixed, at);
    else
        add_bench(rig.fixed, at);
}

// The mat: along the body's long axis, under every point of it near the floor over the
// cycle, and under as much of a rolling ball's path as it then can be.
void place_mat(PropRig& rig, const MotionSampler& sampler, const PropRig::Moving& rolling) {
    const MotionClip& clip = sampler.clip();
    const float floor_m = clip.surface_height_m(Surface::floor);
    const Snapshot start = snapshot(sampler, 0.0f);
    const glm::vec3 head_from_hips =
        position_of(start.world[index(Joint::head)]) - position_of(start.world[index(Joint::hips)]);
    // A body lying down lies along its length; one upright, along the way it faces.
    const glm::vec3 along = glm::length(horizontal(head_from_hips)) < 0.3f
                                ? facing(start)
                                : heading(head_from_hips, facing(start));
    const glm::vec3 across = glm::cross(kUp, along);
    float lo = 1e9f, hi = -1e9f, side_lo = 1e9f, side_hi = -1e9f;
    float ball_lo = 1e9f, ball_hi = -1e9f;
    constexpr int kSamples = 24;
    for (int i = 0; i < kSamples; ++i) {
        const Snapshot s = snapshot(sampler, clip.duration_s() * static_cast<float>(i) / kSamples);
        const auto note = [&](glm::vec3 p) {
            if (p.y > floor_m + 0.12f) return;
            lo = std::min(lo, glm::dot(p, along));
            hi = std::max(hi, glm::dot(p, along));
            side_lo = std::min(side_lo, glm::dot(p, across));
            side_hi = std::max(side_hi, glm::dot(p, across));
        };
        for (int j = 0; j < kJointCount; ++j) note(position_of(s.world[j]));
        for (int k = 0; k < kSiteCount; ++k)
            note(site_position(rig.skeleton, s.world, static_cast<Site>(k)));
        if (rolling.site_count > 0) {
            std::array<glm::vec3, 2> points{};
            for (int k = 0; k < rolling.site_count; ++k)
                points[k] = site_position(rig.skeleton, s.world, rolling.sites[k]);
            const float b = glm::dot(
                rolling_centre(rolling, std::span(points).first(rolling.site_count)), along);
            ball_lo = std::min(ball_lo, b);
            ball_hi = std::max(ball_hi, b);
        }
    }
    if (lo > hi) {
        lo = hi = glm::dot(position_of(start.world[index(Joint::hips)]), along);
        side_lo = side_hi = glm::dot(position_of(start.world[index(Joint::hips)]), across);
    }
    // What rests on the mat (a hand, a knee, a small ball under a thigh) stays on it; a
    // foot swinging out near the floor only draws the mat its way as far as that allows.
    float held_lo = 1e9f, held_hi = -1e9f;
    for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c) {
        const Surface surface = clip.contacts()[c].surface;
        if (surface != Surface::floor && surface != Surface::lacrosseBall &&
            surface != Surface::peanutBall)
            continue;
        for (const MotionSampler::Hold& hold : sampler.holds(c)) {
            held_lo = std::min(held_lo, glm::dot(hold.target.point, across));
            held_hi = std::max(held_hi, glm::dot(hold.target.point, across));
        }
    }
    const float length = prop_size(PropKind::mat).length_m,
                width = prop_size(PropKind::mat).width_m, margin = 0.05f;
    float middle = 0.5f * (lo + hi);
    if (hi - lo + 2.0f * margin <= length)
        middle = std::clamp(0.5f * (std::min(lo, ball_lo) + std::max(hi, ball_hi)),
                            hi + margin - 0.5f * length, lo - margin + 0.5f * length);
    float side_middle = 0.5f * (side_lo + side_hi);
    if (held_lo <= held_hi) {
        // The margin shrinks when what rests on it is nearly as wide as the mat.
        const float held_margin = std::clamp(0.5f * (width - (held_hi - held_lo)), 0.0f, margin);
        side_middle = std::clamp(
            side_middle, held_hi + held_margin - 0.5f * width,
            std::max(held_hi + held_margin - 0.5f * width, held_lo - held_margin + 0.5f * width));
    }
    const glm::vec3 centre = middle * along + side_middle * across;
    add_mat(rig.fixed, floor_frame(centre, along, 0.0f));
}

// The hurdle: a string an inch or two in front of the toes at the start, as high as the
// knees' tibial tuberosities, across the way the body faces.
void place_hurdle(PropRig& rig, const Snapshot& start, float floor_m) {
    const glm::vec3 forward = facing(start);
    float front = -1e9f;
    for (Site toe : {Site::leftToeTip, Site::rightToeTip})
        front = std::max(front, glm::dot(site_position(rig.skeleton, start.world, toe), forward));
    const float height = 0.5f * (site_position(rig.skeleton, start.world, Site::leftKnee).y +
                                 site_position(rig.skeleton, start.world, Site::rightKnee).y) -
                         floor_m;
    const glm::vec3 hips = horizontal(position_of(start.world[index(Joint::hips)]));
    const glm::vec3 centre = hips + (front + 0.04f - glm::dot(hips, forward)) * forward;
    add_hurdle(rig.fixed, floor_frame(centre, glm::cross(kUp, forward), floor_m), height);
}

} // namespace

PropRig make_prop_rig(const MotionSampler& sampler, std::span<const PropUse> props) {
    PropRig rig;
    rig.skeleton = sampler.skeleton();
    const MotionClip& clip = sampler.clip();
    const std::span<const Contact> contacts = clip.contacts();
    const float floor_m = clip.surface_height_m(Surface::floor); // the mat's top, when there is one
    const Snapshot start = snapshot(sampler, 0.0f);

    // What the body rests on, from its contacts.
    std::vector<glm::mat4> placed;
    std::vector<Surface> placed_surface;
    PropRig::Moving rolling{.kind = PropKind::stabilityBall, .floor_m = floor_m};
    std::vector<glm::vec3> still_ball; // touch-down points on a ball that does not roll
    bool seated_on_ball = false;
    for (int c = 0; c < static_cast<int>(contacts.size()); ++c) {
        const Contact& contact = contacts[c];
        for (const MotionSampler::Hold& hold : sampler.holds(c)) {
            // The point on the surface (a foot's ball is held at its standing height above it).
            const glm::vec3 on_surface{hold.target.point.x, hold.target.surface_m,
                                       hold.target.point.z};
            switch (contact.surface) {
            case Surface::floor:
                break;
            case Surface::bench:
            case Surface::step:
                add_support(rig, placed, placed_surface, sampler, c, hold, floor_m);
                break;
            case Surface::lacrosseBall:
                add_ball(rig.fixed, PropKind::lacrosseBall,
                         on_surface -
                             glm::vec3(0, 0.5f * prop_size(PropKind::lacrosseBall).diameter_m, 0),
                         glm::quat(1, 0, 0, 0));
                break;
            case Surface::machineSeat:
                if (rig.moving.empty() || rig.moving.back().kind != PropKind::legExtensionMachine) {
                    add_leg_extension_frame(rig, snapshot(sampler, hold.start_s).world, floor_m,
                                            rig.fixed);
                    rig.moving.push_back({.kind = PropKind::legExtensionMachine});
                }
                break;
            case Surface::curlPad:
                if (rig.moving.empty() || rig.moving.back().kind != PropKind::legCurlMachine) {
                    add_leg_curl_frame(rig, snapshot(sampler, hold.start_s), floor_m, rig.fixed);
                    rig.moving.push_back({.kind = PropKind::legCurlMachine, .hand = clip.side()});
                }
                break;
            case Surface::pressSeat:
                if (rig.moving.empty() || rig.moving.back().kind != PropKind::legPressMachine) {
                    // The seat is as high as the sit bones come down to (they turn with the
                    // thighs about the hips); the rails run to past the farthest the soles
                    // reach over the cycle.
                    const glm::vec3 forward = facing(start);
                    float reach = -1e9f, seat = 1e9f;
                    constexpr int kSamples = 24;
                    for (int i = 0; i < kSamples; ++i) {
                        const Snapshot at =
                            snapshot(sampler, clip.duration_s() * static_cast<float>(i) / kSamples);
                        for (Site sole : kSoles)
                            reach = std::max(
                                reach, glm::dot(site_position(rig.skeleton, at.world, sole), forward));
                        for (Site bone : {Site::leftSitBone, Site::rightSitBone})
                            seat = std::min(seat, site_position(rig.skeleton, at.world, bone).y);
                    }
                    rig.moving.push_back(add_leg_press_frame(
                        rig, snapshot(sampler, hold.start_s), seat, reach, floor_m, rig.fixed));
                }
                break;
            case Surface::peanutBall: {
                // Its lobes either side of the spine: its length across the body.
                const glm::vec3 across = glm::cross(facing(start), kUp);
                add_peanut(rig.fixed, floor_frame(on_surface, across, floor_m));
                break;
            }
            case Surface::ball:
                if (contact.slide && clip.free_spans(c).empty() &&
                    contact.kind == Contact::Kind::site && rolling.site_count < 2)
                    rolling.sites[rolling.site_count++] = contact.site;
                else
                    still_ball.push_back(on_surface);
                seated_on_ball |=
                    contact.kind == Contact::Kind::site &&
                    (contact.site == Site::sacrum || contact.site == Site::leftSitBone ||
                     contact.site == Site::rightSitBone);
                break;
            }
        }
    }
    if (!still_ball.empty()) {
        glm::vec3 mid{0.0f};
        for (const glm::vec3& p : still_ball) mid += p;
        mid /= static_cast<float>(still_ball.size());
        if (seated_on_ball) {
            // A seat rests on the back of the ball's crown, 5 mm above where the top would
            // be: the ball sits back from the thighs, which slope forward and down off it
            // and would otherwise press into its front.
            const float r = 0.5f * prop_size(PropKind::stabilityBall).diameter_m;
            const float back = std::sqrt(r * r - (r - kSeatOnBallRise_m) * (r - kSeatOnBallRise_m));
            const glm::vec3 knees = 0.5f * (position_of(start.world[index(Joint::leftLowerLeg)]) +
                                            position_of(start.world[index(Joint::rightLowerLeg)]));
            mid += back * heading(mid - knees, -facing(start));
        }
        add_ball(rig.fixed, PropKind::stabilityBall,
                 mid - glm::vec3(0, 0.5f * prop_size(PropKind::stabilityBall).diameter_m, 0),
                 glm::quat(1, 0, 0, 0));
    }
    if (rolling.site_count > 0) {
        // The ball lies beyond its contacts, away from the hips.
        std::array<glm::vec3, 2> points{};
        for (int i = 0; i < rolling.site_count; ++i)
            points[i] = site_position(rig.skeleton, start.world, rolling.sites[i]);
        glm::vec3 mid{0.0f};
        for (int i = 0; i < rolling.site_count; ++i)
            mid += points[i] / static_cast<float>(rolling.site_count);
        rolling.away = heading(mid - position_of(start.world[index(Joint::hips)]), facing(start));
        rolling.start_centre = rolling_centre(rolling, std::span(points).first(rolling.site_count));
        rig.moving.push_back(rolling);
    }

    for (const PropUse& use : props) {
        switch (use.where) {
        case PropUse::Where::floor:
            if (use.kind == PropKind::mat)
                place_mat(rig, sampler, rolling);
            else if (use.kind == PropKind::hurdle)
                place_hurdle(rig, start, floor_m);
            break;
        case PropUse::Where::hand:
            rig.moving.push_back(
                {.kind = use.kind, .hand = clip.mirrored() ? other(use.hand) : use.hand});
            break;
        case PropUse::Where::hands:
        case PropUse::Where::thighs:
        case PropUse::Where::knees:
            rig.moving.push_back({.kind = use.kind});
            break;
        }
    }
    return rig;
}

void place_props(const PropRig& rig, std::span<const glm::mat4> world, [[maybe_unused]] float t_s,
                 std::vector<PropPiece>& out) {
    out.insert(out.end(), rig.fixed.begin(), rig.fixed.end());
    for (const PropRig::Moving& prop : rig.moving) {
        switch (prop.kind) {
        case PropKind::stabilityBall:
            add_rolling_ball(rig, prop, world, out);
            break;
        case PropKind::dumbbell:
            add_dumbbell(rig, world, prop.hand, out);
            break;
        case PropKind::broomstick:
            add_broomstick(rig, world, out);
            break;
        case PropKind::loopBand:
            add_band(rig, world, out);
            break;
        case PropKind::pillow:
            add_pillow(rig, world, out);
            break;
        case PropKind::legExtensionMachine:
            add_leg_extension_lever(rig, world, out);
            break;
        case PropKind::legCurlMachine:
            add_leg_curl_lever(rig, world, prop.hand, out);
            break;
        case PropKind::legPressMachine:
            add_leg_press_platform(rig, prop, world, prop.floor_m, out);
            break;
        default:
            break;
        }
    }
}

} // namespace legwork
