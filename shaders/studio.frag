#version 330 core
// The studio in one pass: each pixel's view ray either meets the floor plane (y = 0) or
// the backdrop. The floor is lit by the key light in a soft pool around the avatar, with
// the avatar's and props' soft shadow, and by the sky; it carries faint tile lines for
// scale and fades with distance into the backdrop's horizon colour, so floor and
// backdrop meet without a seam, like a photo studio's cove.
#include "lighting.glsl"

in vec2 v_ndc;
out vec4 o_color;

uniform mat4 u_inverse_view_projection;
uniform vec3 u_eye;           // metres
uniform vec3 u_albedo;        // linear RGB
uniform vec3 u_zenith_color;  // linear RGB
uniform vec3 u_horizon_color; // linear RGB
uniform vec2 u_pool_m;        // x: fully lit radius, y: fall-off distance
uniform float u_fog_distance_m;
uniform float u_tile_size_m;

float tile_lines(vec2 p) {
    // Anti-aliased lines about one pixel wide at any distance.
    vec2 cell = p / u_tile_size_m;
    vec2 width = fwidth(cell);
    vec2 distance_to_line = abs(fract(cell - 0.5) - 0.5) / max(width, vec2(1e-5));
    float line = 1.0 - min(min(distance_to_line.x, distance_to_line.y), 1.0);
    // Lines vanish where they would shimmer (far away, grazing angles).
    return line * (1.0 - smoothstep(0.15, 0.6, max(width.x, width.y)));
}

vec3 backdrop(vec3 ray) {
    float height = clamp(ray.y, 0.0, 1.0);
    return mix(u_horizon_color, u_zenith_color, 1.0 - pow(1.0 - height, 3.0));
}

void main() {
    vec4 far_point = u_inverse_view_projection * vec4(v_ndc, 1.0, 1.0);
    vec3 ray = normalize(far_point.xyz / far_point.w - u_eye);

    // Rays that never reach the floor see the backdrop.
    float t = ray.y < -1e-4 ? -u_eye.y / ray.y : -1.0;
    if (t <= 0.0) {
        o_color = vec4(tone_map(backdrop(ray)), 1.0);
        return;
    }
    vec3 hit = u_eye + ray * t;
    float radius = length(hit.xz);
    float pool = 1.0 - smoothstep(u_pool_m.x, u_pool_m.x + u_pool_m.y, radius);
    float diffuse = max(u_key_direction.y, 0.0); // floor normal is +Y
    float visibility = key_light_visibility(hit, vec3(0.0, 1.0, 0.0), 5.0);
    vec3 albedo = u_albedo * (1.0 - 0.18 * tile_lines(hit.xz));
    vec3 lit = albedo * (u_key_color * diffuse * (0.08 + 0.92 * pool) * visibility + u_sky_color);

    float fog = 1.0 - exp(-max(t - 2.0, 0.0) / u_fog_distance_m);
    o_color = vec4(tone_map(mix(lit, backdrop(ray), fog)), 1.0);
}
