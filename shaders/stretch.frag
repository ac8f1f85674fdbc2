#version 330 core
// The image stretched over the whole target, its bytes as they are: each pixel reads the
// image where its centre falls, as a blit does (filtered, or the nearest pixel).
uniform sampler2D u_image;
uniform vec2 u_target_size;
out vec4 o_color;

void main() {
    o_color = texture(u_image, gl_FragCoord.xy / u_target_size);
}
