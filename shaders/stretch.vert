#version 330 core
// Rectangles of the target, two triangles each (six vertices a rectangle, no attributes),
// for drawing an image stretched over the whole target within them only.
const int kMaxRects = 12; // PixelRegion::kMaxRects
uniform vec4 u_rects[kMaxRects]; // min x, min y, max x, max y; pixels, bottom row first
uniform vec2 u_target_size;
noperspective out vec2 v_uv; // where in the image: interpolated, not divided per pixel

void main() {
    const int corner_x[6] = int[](0, 1, 1, 0, 1, 0);
    const int corner_y[6] = int[](0, 0, 1, 0, 1, 1);
    vec4 rect = u_rects[gl_VertexID / 6];
    int corner = gl_VertexID % 6;
    vec2 p = vec2(corner_x[corner] == 1 ? rect.z : rect.x, corner_y[corner] == 1 ? rect.w : rect.y);
    // On the far plane: where depth is written, it is cleared.
    v_uv = p / u_target_size;
    gl_Position = vec4(v_uv * 2.0 - 1.0, 1.0, 1.0);
}
