#version 330 core
// The shadow on the floor, multiplied into the kept studio image: the ratio of the floor's
// colour with the key light blocked as the shadow map says to its colour fully lit.
#include "lighting.glsl"
#include "studio_floor.glsl"

in vec3 v_world;
out vec4 o_color;

void main() {
    float visibility = key_light_visibility_soft(v_world, vec3(0.0, 1.0, 0.0), 4.0);
    if (visibility > 0.999) discard;
    // The floor's tile lines scale both colours alike, so the plain albedo gives the ratio.
    vec3 to_floor = v_world - u_eye;
    float t = length(to_floor);
    float fog = floor_fog(t);
    vec3 back = backdrop(to_floor / t);
    vec3 shadowed = tone_map(mix(u_albedo * floor_light(v_world, visibility), back, fog));
    vec3 lit = tone_map(mix(u_albedo * floor_light(v_world, 1.0), back, fog));
    o_color = vec4(shadowed / max(lit, vec3(1e-4)), 1.0);
}
