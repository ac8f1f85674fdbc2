#version 330 core
// A prop's surface: one colour, lit like the body.
#include "lighting.glsl"

in vec3 v_world;
in vec3 v_normal;
out vec4 o_color;

uniform vec3 u_eye;
uniform vec3 u_color;
uniform float u_shine;

void main() {
    vec3 n = normalize(v_normal);
    if (!gl_FrontFacing) n = -n;
    float visibility = key_light_visibility(v_world, n);
    vec3 color = shade(u_color, n, normalize(u_eye - v_world), visibility, 0.2, u_shine);
    o_color = vec4(tone_map(color), 1.0);
}
