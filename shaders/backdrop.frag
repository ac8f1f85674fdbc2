#version 330 core
// Seamless studio backdrop: dark at the top, lighter at the horizon, flat below it (the
// floor covers that part until it fades into the same horizon colour).
in vec2 v_ndc;
out vec4 o_color;

uniform mat4 u_inverse_view_projection;
uniform vec3 u_zenith_color;  // linear RGB
uniform vec3 u_horizon_color; // linear RGB

void main() {
    vec4 near_point = u_inverse_view_projection * vec4(v_ndc, -1.0, 1.0);
    vec4 far_point = u_inverse_view_projection * vec4(v_ndc, 1.0, 1.0);
    vec3 ray = normalize(far_point.xyz / far_point.w - near_point.xyz / near_point.w);
    float height = clamp(ray.y, 0.0, 1.0);
    // A quick fall-off near the horizon reads as the curve of a photo studio's cove.
    float t = 1.0 - pow(1.0 - height, 3.0);
    o_color = vec4(mix(u_horizon_color, u_zenith_color, t), 1.0);
}
