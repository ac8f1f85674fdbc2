#pragma once
// BodyShape: the body's rough solid shape around its skeleton, for what touches it (a loop
// band hugging the thighs, a pillow between the knees) and for checking that nothing passes
// through it. Each segment is a capsule from a joint to a joint or a site whose radius
// tapers from one end to the other. Radii are fractions of body height for an average
// build, and agree with the skeleton's surface sites (the upper back, sacrum, hips' sides
// and palms lie on these surfaces).

#include "core/anim/skeleton.h"

#include <span>

namespace legwork {

struct BodySegmentShape {
    Joint from;
    int to_joint; // index(Joint), or -1 when the segment ends at `to_site`
    Site to_site;
    float radius_from_h; // at `from`, in body heights
    float radius_to_h;   // at the other end
};

std::span<const BodySegmentShape> body_segment_shapes();

// Radius of the thigh, metres, at `fraction` of the way from the hip to the knee.
float thigh_radius_m(const Skeleton& skeleton, float fraction);
// Radius of the shin, metres, at `fraction` of the way from the knee to the ankle.
float shin_radius_m(const Skeleton& skeleton, float fraction);
// Radius of the knee, metres.
float knee_radius_m(const Skeleton& skeleton);
// Radius of the body round a joint, metres: that of the segment that starts there (for
// the hands and feet, the segment they lead).
float joint_radius_m(const Skeleton& skeleton, Joint joint);

} // namespace legwork
