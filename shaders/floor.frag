#version 330 core
// Studio floor: lit by the key light in a soft pool around the avatar and by the sky,
// with faint tile lines for scale, fading into the backdrop's horizon with distance.
in vec3 v_world;
out vec4 o_color;

uniform vec3 u_eye;
uniform vec3 u_key_direction; // unit vector toward the light
uniform vec3 u_key_color;     // linear RGB, may exceed 1
uniform vec3 u_sky_color;     // linear RGB ambient
uniform vec3 u_albedo;        // linear RGB
uniform vec3 u_horizon_color; // linear RGB, matches the backdrop
uniform vec2 u_pool_m;        // x: fully lit radius, y: fall-off distance
uniform float u_fog_distance_m;
uniform float u_tile_size_m;

float tile_lines(vec2 p) {
    // Anti-aliased lines one pixel wide whatever the distance.
    vec2 cell = p / u_tile_size_m;
    vec2 width = fwidth(cell);
    vec2 distance_to_line = abs(fract(cell - 0.5) - 0.5) / max(width, vec2(1e-5));
    float line = 1.0 - min(min(distance_to_line.x, distance_to_line.y), 1.0);
    // Lines vanish where they would shimmer (far away, grazing angles).
    return line * (1.0 - smoothstep(0.15, 0.6, max(width.x, width.y)));
}

void main() {
    const vec3 normal = vec3(0.0, 1.0, 0.0);
    float radius = length(v_world.xz);
    float pool = 1.0 - smoothstep(u_pool_m.x, u_pool_m.x + u_pool_m.y, radius);
    float diffuse = max(dot(normal, u_key_direction), 0.0);
    vec3 albedo = u_albedo * (1.0 - 0.18 * tile_lines(v_world.xz));
    vec3 lit = albedo * (u_key_color * diffuse * (0.08 + 0.92 * pool) + u_sky_color);

    float distance_m = length(v_world - u_eye);
    float fog = 1.0 - exp(-max(distance_m - 2.0, 0.0) / u_fog_distance_m);
    o_color = vec4(mix(lit, u_horizon_color, fog), 1.0);
}
