#version 330 core
// A square floor at y = 0 centred on the origin, made from gl_VertexID (triangle strip).
uniform mat4 u_view_projection;
uniform float u_half_extent_m;
out vec3 v_world;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
    v_world = vec3(corner.x, 0.0, corner.y) * u_half_extent_m;
    gl_Position = u_view_projection * vec4(v_world, 1.0);
}
