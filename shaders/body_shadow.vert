#version 330 core
// The avatar's depth seen from the key light, for the shadow map: from its skinned
// positions (shaders/skin.vert).

layout(location = 0) in vec3 a_position;

uniform mat4 u_model;
uniform mat4 u_view_projection; // the light's

void main() {
    gl_Position = u_view_projection * (u_model * vec4(a_position, 1.0));
}
