// Dual quaternion skinning (Kavan et al. 2008), the GPU twin of
// core/avatar/dual_quaternion_skinning: each joint's motion from the bind pose is a unit
// dual quaternion (real part: rotation; dual part: half the translation times the
// rotation), blended by the vertex's weights and renormalised. Unlike blending matrices,
// this keeps a bent knee or a twisted forearm its volume.
const int kJointCount = 22;
// Per joint: column 0 the real part, column 1 the dual part, as (x, y, z, w) quaternions
// (core/avatar/dual_quaternion_skinning.h's DualQuaternion, uploaded as it is).
uniform mat2x4 u_joints[kJointCount];

layout(location = 2) in uvec4 a_joints;
layout(location = 3) in vec4 a_weights;

vec4 g_real;
vec4 g_dual;

void blend_joints() {
    vec4 first = u_joints[a_joints.x][0];
    g_real = vec4(0.0);
    g_dual = vec4(0.0);
    for (int i = 0; i < 4; ++i) {
        mat2x4 joint = u_joints[a_joints[i]];
        // q and -q turn alike: take each the same way round as the first, or they cancel.
        float w = dot(joint[0], first) < 0.0 ? -a_weights[i] : a_weights[i];
        g_real += w * joint[0];
        g_dual += w * joint[1];
    }
    float length_inverse = 1.0 / length(g_real);
    g_real *= length_inverse;
    g_dual *= length_inverse;
}

vec3 skin_direction(vec3 v) {
    return v + 2.0 * cross(g_real.xyz, cross(g_real.xyz, v) + g_real.w * v);
}

vec3 skin_point(vec3 p) {
    vec3 translation = 2.0 * (g_real.w * g_dual.xyz - g_dual.w * g_real.xyz + cross(g_real.xyz, g_dual.xyz));
    return skin_direction(p) + translation;
}
