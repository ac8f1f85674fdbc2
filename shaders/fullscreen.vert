#version 330 core
// One triangle covering the screen, for passes that compute every pixel (the studio's view
// rays, the edge smoothing); drawn with glDrawArrays(GL_TRIANGLES, 0, 3) and no attributes.
out vec2 v_ndc;

void main() {
    vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    v_ndc = corner * 2.0 - 1.0;
    gl_Position = vec4(v_ndc, 1.0, 1.0);
}
