#version 330 core
// The studio in one pass, like a photo studio's cove: each pixel's view ray meets either
// the floor plane (y = 0) or the backdrop, which falls from a dark top to a lighter
// horizon. Drawn without shadows, and kept while the camera stays put.
#include "lighting.glsl"
#include "studio_floor.glsl"

in vec2 v_ndc;
out vec4 o_color;

uniform mat4 u_inverse_view_projection;

void main() {
    vec4 far_point = u_inverse_view_projection * vec4(v_ndc, 1.0, 1.0);
    vec3 ray = normalize(far_point.xyz / far_point.w - u_eye);
    // Rays that never reach the floor see the backdrop.
    float t = ray.y < -1e-4 ? -u_eye.y / ray.y : -1.0;
    vec3 color = t > 0.0 ? floor_color(u_eye + ray * t, ray, t) : backdrop(ray);
    o_color = vec4(tone_map(color), 1.0);
}
