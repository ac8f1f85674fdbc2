#version 330 core
// Copies a kept image of the same size into the bound target, pixel for pixel.
uniform sampler2D u_image;
out vec4 o_color;

void main() { o_color = texelFetch(u_image, ivec2(gl_FragCoord.xy), 0); }
