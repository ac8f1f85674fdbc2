#version 330 core
// The patch of floor the key light's shadow can fall on, as a quad on y = 0.
uniform vec3 u_corners[4]; // in order around the quad
uniform mat4 u_view_projection;
out vec3 v_world;

void main() {
    const int order[6] = int[](0, 1, 2, 0, 2, 3);
    v_world = u_corners[order[gl_VertexID]];
    gl_Position = u_view_projection * vec4(v_world, 1.0);
}
