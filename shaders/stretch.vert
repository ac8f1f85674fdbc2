#version 330 core
// The rectangles of a region of the window, two triangles each (six vertices a rectangle,
// no attributes), for drawing an image stretched over the whole window within them only.
const int kMaxRects = 12; // PixelRegion::kMaxRects
uniform vec4 u_rects[kMaxRects]; // min x, min y, max x, max y; window pixels, bottom row first
uniform vec2 u_window_size;

void main() {
    const int corner_x[6] = int[](0, 1, 1, 0, 1, 0);
    const int corner_y[6] = int[](0, 0, 1, 0, 1, 1);
    vec4 rect = u_rects[gl_VertexID / 6];
    int corner = gl_VertexID % 6;
    vec2 p = vec2(corner_x[corner] == 1 ? rect.z : rect.x, corner_y[corner] == 1 ? rect.w : rect.y);
    gl_Position = vec4(p / u_window_size * 2.0 - 1.0, 0.0, 1.0);
}
