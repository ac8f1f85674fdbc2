#version 330 core
// Smooths the stair-steps along the scene's edges, in place of multisampling where that
// is dear (a software rasterizer fills every sample on the CPU): FXAA in its compact
// form (T. Lottes, 2009-2011). Four lookups at the pixel's corners, each the bilinear
// average of four pixels, find the local contrast; where it is low (most of the image)
// the pixel stays as it is, and where it is high, two to four lookups along the edge's
// tangent blend it with its neighbours across the edge. Works on the sRGB-encoded bytes,
// which are close to perceived lightness, as FXAA expects.

out vec4 o_color;

uniform sampler2D u_image; // bytes read as they are, filtered linearly
uniform vec2 u_texel;      // 1 / the image's size

float luma(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }

void main() {
    vec2 p = gl_FragCoord.xy * u_texel;
    vec3 middle = texture(u_image, p).rgb;
    float lm = luma(middle);
    float nw = luma(texture(u_image, p + vec2(-0.5, 0.5) * u_texel).rgb);
    float ne = luma(texture(u_image, p + vec2(0.5, 0.5) * u_texel).rgb);
    float sw = luma(texture(u_image, p + vec2(-0.5, -0.5) * u_texel).rgb);
    float se = luma(texture(u_image, p + vec2(0.5, -0.5) * u_texel).rgb);
    float lowest = min(lm, min(min(nw, ne), min(sw, se)));
    float highest = max(lm, max(max(nw, ne), max(sw, se)));
    // Floor tile lines and soft shading stay untouched; only real edges are smoothed.
    if (highest - lowest < max(0.04, highest * 0.125)) {
        o_color = vec4(middle, 1.0);
        return;
    }
    // Across the gradient is along the edge.
    vec2 along = vec2(-((nw + ne) - (sw + se)), (nw + sw) - (ne + se));
    float reduce = max((nw + ne + sw + se) * (0.25 / 8.0), 1.0 / 128.0);
    float scale = 1.0 / (min(abs(along.x), abs(along.y)) + reduce);
    along = clamp(along * scale, vec2(-8.0), vec2(8.0)) * u_texel;
    vec3 inner = 0.5 * (texture(u_image, p - along / 6.0).rgb + texture(u_image, p + along / 6.0).rgb);
    vec3 outer = 0.5 * inner + 0.25 * (texture(u_image, p - along * 0.5).rgb +
                                       texture(u_image, p + along * 0.5).rgb);
    // The wider blend reaches past the edge when it leaves the local range: keep the narrow.
    float lo = luma(outer);
    o_color = vec4(lo < lowest || lo > highest ? inner : outer, 1.0);
}
