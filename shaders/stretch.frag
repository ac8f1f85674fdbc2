#version 330 core
// The image stretched over the whole window, linearly filtered, its bytes as they are: each
// window pixel reads the image where its centre falls, as a linear blit does.
uniform sampler2D u_image;
uniform vec2 u_window_size;
out vec4 o_color;

void main() {
    o_color = texture(u_image, gl_FragCoord.xy / u_window_size);
}
