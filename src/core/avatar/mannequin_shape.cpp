#include "core/avatar/mannequin_shape.h"

#include "core/anim/pose.h"
#include "core/avatar/signed_distance.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <glm/gtc/matrix_transform.hpp>
#include <initializer_list>

namespace legwork {

namespace {

// Cubic Hermite through the keys with centred-difference tangents (Catmull-Rom on
// uneven spacing): smooth profiles without the flat spots of easing between keys.
struct LoftSection {
    float half_width, half_depth;
    glm::vec2 offset;
    float slope; // how fast the section changes along the axis (metres per metre)
};

LoftSection loft_section(const LoftKey* k, int n, float along) {
    if (n == 1) return {k[0].half_width, k[0].half_depth, k[0].offset, 0.0f};
    int i = 0;
    while (i + 2 < n && along > k[i + 1].along) ++i;
    const auto values = [](const LoftKey& key) {
        return glm::vec4(key.half_width, key.half_depth, key.offset.x, key.offset.y);
    };
    const auto tangent = [&](int j) {
        const int lo = glm::max(j - 1, 0), hi = glm::min(j + 1, n - 1);
        return (values(k[hi]) - values(k[lo])) / (k[hi].along - k[lo].along);
    };
    const float h = k[i + 1].along - k[i].along;
    const float t = glm::clamp((along - k[i].along) / h, 0.0f, 1.0f);
    const float t2 = t * t, t3 = t2 * t;
    const glm::vec4 y0 = values(k[i]), y1 = values(k[i + 1]);
    const glm::vec4 m0 = tangent(i) * h, m1 = tangent(i + 1) * h;
    const glm::vec4 v = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 +
                        (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1;
    const glm::vec4 dv = ((6 * t2 - 6 * t) * y0 + (3 * t2 - 4 * t + 1) * m0 +
                          (-6 * t2 + 6 * t) * y1 + (3 * t2 - 2 * t) * m1) /
                         h;
    const float slope =
        glm::max(glm::abs(dv.x), glm::abs(dv.y)) + glm::length(glm::vec2(dv.z, dv.w));
    return {v.x, v.y, {v.z, v.w}, slope};
}

float sd_ellipse(glm::vec2 p, glm::vec2 r) {
    const float k0 = glm::length(p / r);
    const float k1 = glm::length(p / (r * r));
    if (k1 <= 0.0f) return -glm::min(r.x, r.y);
    return k0 * (k0 - 1.0f) / k1;
}

float loft_distance(const ShapePart& part, const glm::vec3& p) {
    const glm::vec3 q = glm::transpose(part.axes) * (p - part.centre);
    const float first = part.keys[0].along, last = part.keys[part.key_count - 1].along;
    const LoftSection s =
        loft_section(part.keys.data(), part.key_count, glm::clamp(q.y, first, last));
    // A section that grows along the axis tilts the surface: scale back toward true distance.
    const float across = sd_ellipse(glm::vec2(q.x, q.z) - s.offset, {s.half_width, s.half_depth}) /
                         glm::sqrt(1.0f + s.slope * s.slope);
    const float beyond = glm::max(first - q.y, q.y - last);
    const glm::vec2 w{across + part.rounding, beyond + part.rounding};
    return glm::min(glm::max(w.x, w.y), 0.0f) + glm::length(glm::max(w, glm::vec2(0.0f))) -
           part.rounding;
}

} // namespace

float ShapePart::distance(const glm::vec3& p) const {
    switch (kind) {
    case Kind::loft:
        return loft_distance(*this, p);
    case Kind::ellipsoid:
        return sd_ellipsoid(glm::transpose(axes) * (p - centre), radii);
    case Kind::round_cone:
        return sd_round_cone(p, a, b, ra, rb);
    case Kind::sole: {
        // The outline's 2D distance is the round cone's in the plane of its two ends.
        const float outline = sd_round_cone({p.x, a.y, p.z}, a, b, ra, rb);
        const glm::vec2 w{outline + rounding, glm::abs(p.y - a.y) - half_height + rounding};
        return glm::min(glm::max(w.x, w.y), 0.0f) + glm::length(glm::max(w, glm::vec2(0.0f))) -
               rounding;
    }
    }
    return 1.0f;
}

namespace {

float distance_to_segment(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
    const glm::vec3 ab = b - a;
    const float length2 = glm::dot(ab, ab);
    const float t = length2 > 0.0f ? glm::clamp(glm::dot(p - a, ab) / length2, 0.0f, 1.0f) : 0.0f;
    return glm::length(p - (a + t * ab));
}

// Lower bound of a part's field: it undershoots true distance by at most its slope outside
// its bounding capsule, and never by more than the distance inside it.
float lower_bound(const glm::vec3& p, const ShapePart& part) {
    const float d = distance_to_segment(p, part.bound_a, part.bound_b) - part.bound_radius;
    return d > 0.0f ? d * part.bound_slope : d;
}

float distance_to_box(const glm::vec3& p, const glm::vec3& lo, const glm::vec3& hi) {
    return glm::length(glm::max(glm::max(lo - p, p - hi), glm::vec3(0.0f)));
}

// Every measure below is for a body 1.75 m tall of average build, in the bind frame of
// the joint it is attached to (x toward the body's left, y up, z forward), in metres.
// The builder scales lengths with height and the girth axes with build, and mirrors the
// left side's parts to the right.
class Builder {
public:
    Builder(MannequinShape& shape) : shape_(shape), s_(body_scale(shape.skeleton)) {}

    // What follows belongs to `group`; `girth` scales radii and the offsets named by
    // `girth_axes` (1 = scaled), the directions across the bone.
    void begin(BodyGroup group, float girth, glm::vec3 girth_axes = {1, 0, 1}) {
        group_ = group;
        girth_ = girth;
        girth_axes_ = girth_axes;
    }
    void set_mirrored(bool mirrored) { mirrored_ = mirrored; }

    void ellipsoid(Joint joint, glm::vec3 centre, glm::vec3 radii, float blend,
                   glm::vec3 tilt_deg = {0, 0, 0}) {
        ShapePart part = start(ShapePart::Kind::ellipsoid, blend);
        part.centre = point(joint, centre);
        part.radii = radii * s_ * girth_;
        if (mirrored_) tilt_deg = {tilt_deg.x, -tilt_deg.y, -tilt_deg.z};
        const glm::mat4 tilt = glm::rotate(glm::mat4(1.0f), glm::radians(tilt_deg.z), {0, 0, 1}) *
                               glm::rotate(glm::mat4(1.0f), glm::radians(tilt_deg.y), {0, 1, 0}) *
                               glm::rotate(glm::mat4(1.0f), glm::radians(tilt_deg.x), {1, 0, 0});
        part.axes = glm::mat3(frame(joint)) * glm::mat3(tilt);
        const float r_max = glm::max(part.radii.x, glm::max(part.radii.y, part.radii.z));
        const float r_min = glm::min(part.radii.x, glm::min(part.radii.y, part.radii.z));
        part.bound_a = part.bound_b = part.centre;
        part.bound_radius = r_max;
        part.bound_slope = (r_min / r_max) * (r_min / r_max);
        shape_.parts.push_back(part);
    }

    void cone(Joint joint_a, glm::vec3 a, float ra, Joint joint_b, glm::vec3 b, float rb,
              float blend) {
        ShapePart part = start(ShapePart::Kind::round_cone, blend);
        set_cone(part, point(joint_a, a), ra * s_ * girth_, point(joint_b, b), rb * s_ * girth_);
        shape_.parts.push_back(part);
    }

    // A loft from `origin` along `axis` (both in `joint`'s frame); keys in order of `along`.
    void loft(Joint joint, glm::vec3 origin, glm::vec3 axis, std::initializer_list<LoftKey> keys,
              float rounding, float blend) {
        loft(joint, origin, axis, std::span<const LoftKey>(keys.begin(), keys.size()), rounding,
             blend);
    }
    void loft(Joint joint, glm::vec3 origin, glm::vec3 axis, std::span<const LoftKey> keys,
              float rounding, float blend) {
        assert(keys.size() >= 2 && keys.size() <= kMaxLoftKeys);
        ShapePart part = start(ShapePart::Kind::loft, blend);
        part.centre = point(joint, origin);
        const glm::mat3 frame3 = glm::mat3(frame(joint));
        const glm::vec3 y = glm::normalize(frame3 * axis);
        glm::vec3 x = frame3 * glm::vec3(mirrored_ ? -1.0f : 1.0f, 0.0f, 0.0f);
        x = glm::normalize(x - y * glm::dot(x, y));
        // The section's depth runs forward, or up for a loft that itself runs forward.
        glm::vec3 z = frame3 * glm::vec3(0.0f, 0.0f, 1.0f);
        if (std::abs(glm::dot(z, y)) > 0.9f) z = frame3 * glm::vec3(0.0f, 1.0f, 0.0f);
        z = glm::normalize(z - y * glm::dot(z, y) - x * glm::dot(z, x));
        part.axes = glm::mat3(x, y, z);
        const glm::vec2 girth{1.0f + girth_axes_.x * (girth_ - 1.0f),
                              1.0f + girth_axes_.z * (girth_ - 1.0f)};
        float reach = 0.0f, slope = 1.0f;
        for (LoftKey key : keys) {
            key.along *= s_;
            key.half_width *= s_ * girth_;
            key.half_depth *= s_ * girth_;
            key.offset *= s_ * girth;
            reach =
                glm::max(reach, glm::max(key.half_width, key.half_depth) + glm::length(key.offset));
            const float ratio =
                glm::min(key.half_width, key.half_depth) / glm::max(key.half_width, key.half_depth);
            slope = glm::min(slope, ratio * ratio);
            part.keys[part.key_count++] = key;
        }
        part.rounding = rounding * s_ * girth_;
        const float first = part.keys[0].along, last = part.keys[part.key_count - 1].along;
        part.bound_a = part.centre + y * first;
        part.bound_b = part.centre + y * last;
        part.bound_radius = reach;
        part.bound_slope = 0.5f * slope; // the slope correction loses a little more
        shape_.parts.push_back(part);
    }

    // A shoe sole: the outline from a heel circle to a forefoot circle, `thickness` tall,
    // standing on the floor (y = 0).
    void sole(Joint joint, glm::vec3 heel, float r_heel, glm::vec3 fore, float r_fore,
              float thickness, float rounding, float blend) {
        ShapePart part = start(ShapePart::Kind::sole, blend);
        glm::vec3 a = point(joint, heel), b = point(joint, fore);
        a.y = b.y = 0.5f * thickness * s_;
        set_cone(part, a, r_heel * s_ * girth_, b, r_fore * s_ * girth_);
        part.half_height = 0.5f * thickness * s_;
        part.rounding = rounding * s_;
        part.bound_radius = glm::length(glm::vec2(part.bound_radius, part.half_height));
        shape_.parts.push_back(part);
    }

private:
    ShapePart start(ShapePart::Kind kind, float blend) const {
        ShapePart part;
        part.kind = kind;
        part.group = group_;
        part.blend_m = blend * s_;
        return part;
    }
    static void set_cone(ShapePart& part, glm::vec3 a, float ra, glm::vec3 b, float rb) {
        part.a = a;
        part.b = b;
        part.ra = ra;
        part.rb = rb;
        assert(glm::length(b - a) > glm::abs(ra - rb) && "a round cone's ends must not nest");
        part.bound_a = a;
        part.bound_b = b;
        part.bound_radius = glm::max(ra, rb);
        part.bound_slope = 1.0f;
    }
    Joint side(Joint joint) const { return mirrored_ ? mirror(joint) : joint; }
    glm::mat4 frame(Joint joint) const { return shape_.bind_world[index(side(joint))]; }
    glm::vec3 point(Joint joint, glm::vec3 local) const {
        const glm::vec3 girth = glm::vec3(1.0f) + girth_axes_ * (girth_ - 1.0f);
        local *= girth * s_;
        if (mirrored_) local.x = -local.x;
        return glm::vec3(frame(joint) * glm::vec4(local, 1.0f));
    }

    MannequinShape& shape_;
    float s_;
    float girth_ = 1.0f;
    glm::vec3 girth_axes_{1, 0, 1};
    BodyGroup group_ = BodyGroup::trunk;
    bool mirrored_ = false;
};

constexpr glm::vec3 kUp{0, 1, 0}, kDown{0, -1, 0};

// Trunk parts are placed from the hips joint (on the midline, between the hip joints);
// `at` takes heights above the floor.
glm::vec3 trunk_at(float x, float y, float z) {
    return {x, y - 0.9275f, z};
}

void add_trunk(Builder& b, float girth) {
    using J = Joint;
    b.begin(BodyGroup::trunk, girth);
    // The torso from the crotch to the base of the neck: hips, the waist, the ribcage.
    b.loft(J::hips, trunk_at(0, 0.0f, 0), kUp,
           {
               {0.845f, 0.130f, 0.092f, {0, 0.000f}},
               {0.910f, 0.162f, 0.106f, {0, -0.004f}},
               {0.980f, 0.154f, 0.101f, {0, 0.008f}},
               {1.060f, 0.146f, 0.104f, {0, 0.012f}},
               {1.140f, 0.150f, 0.108f, {0, 0.012f}},
               {1.240f, 0.163f, 0.117f, {0, 0.010f}},
               {1.320f, 0.166f, 0.110f, {0, -0.002f}},
               {1.400f, 0.150f, 0.082f, {0, -0.020f}},
           },
           0.06f, 0.0f);
    b.ellipsoid(J::hips, trunk_at(0, 1.375f, -0.020f), {0.170f, 0.050f, 0.075f},
                0.05f); // shoulder girdle
    for (bool mirrored : {false, true}) {
        b.set_mirrored(mirrored);
        b.ellipsoid(J::hips, trunk_at(0.066f, 0.865f, -0.045f), {0.076f, 0.088f, 0.068f}, 0.07f,
                    {0, 0, -10}); // buttock
        b.ellipsoid(J::hips, trunk_at(0.072f, 1.280f, 0.070f), {0.085f, 0.065f, 0.040f}, 0.05f,
                    {0, 0, 12}); // pectoral
        b.ellipsoid(J::hips, trunk_at(0.085f, 1.260f, -0.060f), {0.075f, 0.100f, 0.045f}, 0.05f,
                    {0, 0, -15}); // shoulder blade and latissimus
        b.cone(J::hips, trunk_at(0.040f, 1.455f, -0.030f), 0.030f, J::hips,
               trunk_at(0.160f, 1.425f, -0.020f), 0.032f, 0.04f); // trapezius
    }
    b.set_mirrored(false);
}

void add_head(Builder& b, float neck_girth) {
    using J = Joint;
    const auto at = [](float x, float y, float z) { return glm::vec3(x, y - 1.5225f, z); };
    b.begin(BodyGroup::head, neck_girth);
    b.loft(J::head, at(0, 1.40f, -0.018f), glm::normalize(glm::vec3(0, 1, 0.12f)),
           {{0.0f, 0.066f, 0.062f, {0, 0}},
            {0.08f, 0.060f, 0.058f, {0, 0}},
            {0.17f, 0.056f, 0.056f, {0, 0.004f}}},
           0.03f, 0.0f);
    b.begin(BodyGroup::head, 1.0f);
    b.ellipsoid(J::head, at(0, 1.650f, -0.012f), {0.076f, 0.092f, 0.095f}, 0.03f); // cranium
    b.ellipsoid(J::head, at(0, 1.598f, 0.022f), {0.060f, 0.068f, 0.066f}, 0.03f);  // face
    b.ellipsoid(J::head, at(0, 1.566f, 0.012f), {0.057f, 0.045f, 0.060f}, 0.02f);  // jaw
    b.ellipsoid(J::head, at(0, 1.546f, 0.058f), {0.024f, 0.022f, 0.024f}, 0.02f);  // chin
    b.ellipsoid(J::head, at(0, 1.652f, 0.066f), {0.052f, 0.014f, 0.022f}, 0.025f); // brow
    b.cone(J::head, at(0, 1.636f, 0.086f), 0.008f, J::head, at(0, 1.603f, 0.100f), 0.011f,
           0.012f); // nose
    for (bool mirrored : {false, true}) {
        b.set_mirrored(mirrored);
        b.ellipsoid(J::head, at(0.075f, 1.624f, -0.006f), {0.011f, 0.028f, 0.017f}, 0.006f,
                    {0, -10, 0}); // ear
    }
    b.set_mirrored(false);
}

void add_arm(Builder& b, bool mirrored, float girth, float hand_girth) {
    using J = Joint;
    b.set_mirrored(mirrored);
    const BodyGroup group = mirrored ? BodyGroup::rightArm : BodyGroup::leftArm;
    b.begin(group, girth);
    // Shoulder joint to wrist; the elbow is 0.3255 m down, the wrist 0.581 m. x is the outer
    // side of the arm, z its front.
    b.loft(J::leftUpperArm, {0, 0, 0}, kDown,
           {
               {-0.010f, 0.044f, 0.048f, {0, 0}},
               {0.100f, 0.043f, 0.046f, {0, 0}},
               {0.170f, 0.046f, 0.049f, {0, 0.002f}},
               {0.260f, 0.040f, 0.041f, {0, 0}},
               {0.325f, 0.039f, 0.040f, {0, -0.004f}},
               {0.390f, 0.041f, 0.043f, {0, 0}},
               {0.480f, 0.032f, 0.034f, {0, 0}},
               {0.565f, 0.021f, 0.030f, {0, 0}},
               {0.600f, 0.019f, 0.030f, {-0.002f, 0}},
           },
           0.015f, 0.0f);
    b.ellipsoid(J::leftUpperArm, {0.010f, -0.050f, 0.0f}, {0.047f, 0.092f, 0.055f},
                0.04f); // deltoid
    b.ellipsoid(J::leftLowerArm, {0, 0.0f, -0.024f}, {0.022f, 0.028f, 0.020f},
                0.02f); // elbow point
    b.begin(group, hand_girth);
    // The palm faces the body (-x), the thumb points forward (+z).
    // A mitten from the wrist to the fingertips (0.189 m), its fingers curled a little
    // toward the palm; the thumb apart.
    b.loft(J::leftHand, {0, 0, 0}, kDown,
           {
               {0.000f, 0.019f, 0.029f, {-0.002f, 0.000f}},
               {0.035f, 0.017f, 0.039f, {-0.003f, 0.002f}},
               {0.080f, 0.016f, 0.044f, {-0.004f, 0.002f}},
               {0.110f, 0.014f, 0.043f, {-0.006f, 0.000f}},
               {0.150f, 0.012f, 0.038f, {-0.009f, -0.002f}},
               {0.175f, 0.010f, 0.030f, {-0.012f, -0.004f}},
               {0.189f, 0.008f, 0.020f, {-0.014f, -0.005f}},
           },
           0.008f, 0.02f);
    b.cone(J::leftHand, {-0.006f, -0.022f, 0.028f}, 0.0135f, J::leftHand,
           {-0.020f, -0.085f, 0.048f}, 0.0095f, 0.012f); // thumb
}

void add_leg(Builder& b, bool mirrored, float girth, float foot_girth) {
    using J = Joint;
    b.set_mirrored(mirrored);
    const BodyGroup group = mirrored ? BodyGroup::rightLeg : BodyGroup::leftLeg;
    b.begin(group, girth);
    // Hip joint to ankle; the knee is 0.4025 m down, the ankle 0.833 m. x is the outer side
    // of the leg, z its front.
    std::array<LoftKey, 13> keys{{
        {-0.070f, 0.060f, 0.070f, {0.000f, 0.000f}},
        {0.030f, 0.080f, 0.092f, {0.004f, 0.000f}},
        {0.120f, 0.081f, 0.092f, {0.004f, 0.002f}},
        {0.200f, 0.076f, 0.084f, {0.003f, 0.005f}},
        {0.300f, 0.066f, 0.071f, {0.000f, 0.007f}},
        {0.370f, 0.059f, 0.060f, {-0.004f, 0.006f}},
        {0.410f, 0.057f, 0.055f, {0.000f, 0.004f}},
        {0.460f, 0.051f, 0.053f, {0.000f, -0.004f}},
        {0.530f, 0.055f, 0.060f, {-0.003f, -0.016f}},
        {0.620f, 0.047f, 0.050f, {-0.002f, -0.012f}},
        {0.720f, 0.035f, 0.038f, {0.000f, -0.006f}},
        {0.790f, 0.030f, 0.034f, {0.000f, -0.004f}},
        {0.840f, 0.031f, 0.036f, {0.000f, 0.000f}},
    }};
    // A heavier build's thighs grow outward more than inward, so the legs stay apart
    // below the crotch; the shift fades out toward the knee.
    const float spread = 0.10f * (girth - 1.0f) / girth;
    for (LoftKey& key : keys)
        key.offset.x += spread * glm::clamp(1.0f - key.along / 0.40f, 0.0f, 1.0f);
    b.loft(J::leftUpperLeg, {0, 0, 0}, kDown, keys, 0.04f, 0.0f);
    b.ellipsoid(J::leftLowerLeg, {0, -0.030f, 0.036f}, {0.030f, 0.035f, 0.018f}, 0.02f); // kneecap
    // The shoe: a sole under the whole foot, a heel counter, the instep and a toe box that
    // bends with the toes. Only its width follows the build.
    b.begin(group, foot_girth, {1, 0, 0});
    b.sole(J::leftFoot, {0, 0, -0.045f}, 0.040f, {-0.004f, 0, 0.135f}, 0.054f, 0.024f, 0.007f,
           0.0f);
    // The upper, heel to toe along the foot (the ankle joint is 0.068 m above the floor and
    // the toe tip 0.196 m ahead of it): sections give its width and height, `offset` its
    // inward shift and its centre's height relative to the ankle joint.
    b.loft(J::leftFoot, {0, 0, 0}, {0, 0, 1},
           {
               {-0.082f, 0.022f, 0.030f, {0.000f, -0.030f}},
               {-0.060f, 0.036f, 0.043f, {0.000f, -0.022f}},
               {-0.020f, 0.040f, 0.045f, {0.000f, -0.020f}},
               {0.040f, 0.045f, 0.040f, {-0.002f, -0.025f}},
               {0.100f, 0.050f, 0.030f, {-0.004f, -0.036f}},
               {0.150f, 0.048f, 0.024f, {-0.005f, -0.040f}},
               {0.185f, 0.040f, 0.019f, {-0.005f, -0.045f}},
               {0.205f, 0.026f, 0.014f, {-0.005f, -0.048f}},
           },
           0.012f, 0.015f);
}

void finish_groups(MannequinShape& shape) {
    std::stable_sort(shape.parts.begin(), shape.parts.end(),
                     [](const ShapePart& x, const ShapePart& y) { return x.group < y.group; });
    for (int g = 0; g <= kBodyGroupCount; ++g) {
        shape.group_begin[g] = static_cast<int>(
            std::find_if(shape.parts.begin(), shape.parts.end(),
                         [&](const ShapePart& part) { return index(part.group) >= g; }) -
            shape.parts.begin());
    }
    for (int g = 0; g < kBodyGroupCount; ++g) {
        glm::vec3 lo(1e9f), hi(-1e9f);
        float slope = 1.0f, blend = 0.0f;
        for (int i = shape.group_begin[g]; i < shape.group_begin[g + 1]; ++i) {
            const ShapePart& part = shape.parts[i];
            lo = glm::min(lo, glm::min(part.bound_a, part.bound_b) - part.bound_radius);
            hi = glm::max(hi, glm::max(part.bound_a, part.bound_b) + part.bound_radius);
            slope = glm::min(slope, part.bound_slope);
            blend = glm::max(blend, part.blend_m);
        }
        shape.group_lo[g] = lo;
        shape.group_hi[g] = hi;
        shape.group_slope[g] = slope;
        shape.group_undershoot[g] = 0.25f * blend;
    }
}

// Blend radii where each group joins the trunk, metres at 1.75 m (see join_blend).
constexpr float kNeckJoin = 0.030f, kArmJoin = 0.030f, kLegJoin = 0.035f;

} // namespace

MannequinShape make_mannequin_shape(const Skeleton& skeleton, float build) {
    assert(build > 0.5f && build < 2.0f && "build out of range");
    MannequinShape shape;
    shape.skeleton = skeleton;
    shape.build = build;
    world_transforms(skeleton, bind_pose(skeleton), shape.bind_world);
    const float girth = std::pow(build, kGirthExponent);
    const float extremity = std::pow(build, kHandFootGirthExponent);
    Builder b(shape);
    add_trunk(b, girth);
    add_head(b, std::pow(build, kNeckGirthExponent));
    for (bool mirrored : {false, true}) {
        add_arm(b, mirrored, girth, extremity);
        add_leg(b, mirrored, girth, extremity);
    }
    finish_groups(shape);
    shape.floor_rounding_m = 0.004f * body_scale(skeleton);
    return shape;
}

float MannequinShape::join_blend(int group, const glm::vec3& p) const {
    const float s = body_scale(skeleton);
    switch (static_cast<BodyGroup>(group)) {
    case BodyGroup::trunk:
        return 0.0f;
    case BodyGroup::head:
        return kNeckJoin * s;
    case BodyGroup::leftArm:
    case BodyGroup::rightArm: {
        // Rounded at the armpit and shoulder, sharp from mid upper arm down.
        const glm::mat4& shoulder = bind_world[index(
            group == index(BodyGroup::leftArm) ? Joint::leftUpperArm : Joint::rightUpperArm)];
        const float along = -glm::dot(p - glm::vec3(shoulder[3]), glm::vec3(shoulder[1]));
        return kArmJoin * s * (1.0f - glm::smoothstep(0.06f * s, 0.16f * s, along));
    }
    case BodyGroup::leftLeg:
    case BodyGroup::rightLeg: {
        // Rounded at the groin and buttock, sharp from the upper thigh down, so the thighs
        // touch at the crotch but the knees stay apart.
        const float hip_y = bind_world[index(Joint::leftUpperLeg)][3].y;
        return kLegJoin * s * (1.0f - glm::smoothstep(0.10f * s, 0.24f * s, hip_y - p.y));
    }
    }
    return 0.0f;
}

float MannequinShape::group_distance(int group, const glm::vec3& p, float above) const {
    // Parts whose lower bound lies a blend radius above the running value cannot change it.
    float d = above;
    for (int i = group_begin[group]; i < group_begin[group + 1]; ++i) {
        const ShapePart& part = parts[i];
        if (lower_bound(p, part) - part.blend_m >= d) continue;
        d = smooth_min(d, part.distance(p), part.blend_m);
    }
    return d;
}

float MannequinShape::distance(const glm::vec3& p) const {
    constexpr float kFar = 1e3f;
    float d = group_distance(index(BodyGroup::trunk), p, kFar);
    const float s = body_scale(skeleton);
    const float max_join = glm::max(kNeckJoin, glm::max(kArmJoin, kLegJoin)) * s;
    for (int g = 1; g < kBodyGroupCount; ++g) {
        const float lower =
            distance_to_box(p, group_lo[g], group_hi[g]) * group_slope[g] - group_undershoot[g];
        if (lower >= d + max_join) continue;
        d = smooth_min(d, group_distance(g, p, kFar), join_blend(g, p));
    }
    return smooth_max(d, -p.y, floor_rounding_m);
}

void MannequinShape::group_distances(const glm::vec3& p,
                                     std::span<float, kBodyGroupCount> out) const {
    for (int g = 0; g < kBodyGroupCount; ++g) out[g] = group_distance(g, p, 1e3f);
}

glm::vec3 MannequinShape::normal(const glm::vec3& p) const {
    const float e = 2e-4f * skeleton.height_m;
    const glm::vec3 gradient{distance(p + glm::vec3(e, 0, 0)) - distance(p - glm::vec3(e, 0, 0)),
                             distance(p + glm::vec3(0, e, 0)) - distance(p - glm::vec3(0, e, 0)),
                             distance(p + glm::vec3(0, 0, e)) - distance(p - glm::vec3(0, 0, e))};
    const float length = glm::length(gradient);
    return length > 0.0f ? gradient / length : glm::vec3(0, 1, 0);
}

void MannequinShape::bounds(float margin_m, glm::vec3& lo, glm::vec3& hi) const {
    lo = glm::vec3(1e9f);
    hi = glm::vec3(-1e9f);
    float blend = 0.0f;
    for (const ShapePart& part : parts) blend = glm::max(blend, part.blend_m);
    for (int g = 0; g < kBodyGroupCount; ++g) {
        lo = glm::min(lo, group_lo[g] - blend);
        hi = glm::max(hi, group_hi[g] + blend);
    }
    lo.y = glm::max(lo.y, 0.0f);
    lo -= margin_m;
    hi += margin_m;
}

} // namespace legwork
