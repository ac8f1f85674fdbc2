#version 330 core
// The image stretched over the whole target, its bytes as they are: each pixel reads the
// image where its centre falls, as a blit does (filtered, or the nearest pixel).
uniform sampler2D u_image;
noperspective in vec2 v_uv;
out vec4 o_color;

void main() {
    o_color = texture(u_image, v_uv);
}
