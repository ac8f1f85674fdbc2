#version 330 core
// Skins the avatar once a frame: each vertex's position and normal moved with its joints,
// in the mesh's own space, captured into a buffer (transform feedback) that the shadow
// and the body then draw from, so neither skins it again.
#include "skinning.glsl"

layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;

out vec3 s_position;
out vec3 s_normal;

void main() {
    blend_joints();
    s_position = skin_point(a_position);
    s_normal = skin_direction(a_normal);
}
