#version 330 core
// The avatar, skinned already in model space (shaders/skin.vert), placed in the world.

layout(location = 0) in vec3 a_position; // skinned
layout(location = 1) in vec3 a_normal;   // skinned
layout(location = 4) in vec4 a_outfit;

uniform mat4 u_model;           // uniform scale and placement
uniform mat4 u_view_projection;

out vec3 v_world;
out vec3 v_normal;
out vec4 v_outfit;
#ifdef MUSCLE_TINT
layout(location = 8) in vec3 a_bind_position;
layout(location = 5) in vec4 a_muscles0;
layout(location = 6) in vec4 a_muscles1;
layout(location = 7) in vec4 a_muscles2;
out vec4 v_muscles0;
out vec4 v_muscles1;
out vec4 v_muscles2;
out float v_bind_x; // the body's left is +X in the bind pose
#endif

void main() {
    vec4 world = u_model * vec4(a_position, 1.0);
    v_world = world.xyz;
    v_normal = mat3(u_model) * a_normal;
    v_outfit = a_outfit;
#ifdef MUSCLE_TINT
    v_muscles0 = a_muscles0;
    v_muscles1 = a_muscles1;
    v_muscles2 = a_muscles2;
    v_bind_x = a_bind_position.x;
#endif
    gl_Position = u_view_projection * world;
}
