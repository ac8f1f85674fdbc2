#version 330 core
// The shadow on the floor, multiplied into the kept studio image: the ratio of the floor's
// colour with the key light blocked as the shadow map says to its colour fully lit, so
// the result is exactly what studio.frag would draw with the shadow.
#include "lighting.glsl"
#include "studio_floor.glsl"

in vec3 v_world;
out vec4 o_color;

void main() {
    vec3 to_floor = v_world - u_eye;
    float t = length(to_floor);
    vec3 ray = to_floor / t;
    float visibility = key_light_visibility(v_world, vec3(0.0, 1.0, 0.0), 4.0, 12);
    if (visibility > 0.999) discard;
    vec3 shadowed = tone_map(floor_color(v_world, ray, t, visibility));
    vec3 lit = tone_map(floor_color(v_world, ray, t, 1.0));
    o_color = vec4(shadowed / max(lit, vec3(1e-4)), 1.0);
}
