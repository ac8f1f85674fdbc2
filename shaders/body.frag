#version 330 core
// The avatar's surface: skin with the outfit drawn over it along crisp seams; with
// MUSCLE_TINT defined, the muscles an exercise works tinted; with HIGHLIGHTS defined, the
// body parts of a mistake glowing. (Each is a program of its own: on a software
// rasterizer even a loop that runs no times costs every pixel.)
#include "lighting.glsl"

in vec3 v_world;
in vec3 v_normal;
in vec4 v_outfit;
out vec4 o_color;

uniform vec3 u_eye;
uniform vec3 u_skin_color;
uniform vec3 u_outfit_color[3];   // top, shorts, shoes

#ifdef MUSCLE_TINT
in vec4 v_muscles0;
in vec4 v_muscles1;
in vec4 v_muscles2;
in float v_bind_x;
// Tint strength of each muscle region (MuscleRegion order, four per vec4), per side.
uniform vec4 u_tint_left[3];
uniform vec4 u_tint_right[3];
uniform vec3 u_tint_color;
#endif

#ifdef HIGHLIGHTS
// Capsules around the body parts of a mistake: ends a and b, radius in a.w.
const int kMaxHighlights = 8;
uniform vec4 u_highlight_a[kMaxHighlights];
uniform vec3 u_highlight_b[kMaxHighlights];
uniform int u_highlight_count;
uniform vec3 u_highlight_color;
#endif

// 1 where the interpolated coverage is above one half, 0 below, antialiased over a pixel.
float cover(float coverage) {
    float width = max(fwidth(coverage), 1e-4);
    return clamp((coverage - 0.5) / width + 0.5, 0.0, 1.0);
}

#ifdef HIGHLIGHTS
float capsule_distance(vec3 p, vec3 a, vec3 b) {
    vec3 ab = b - a;
    float t = clamp(dot(p - a, ab) / max(dot(ab, ab), 1e-8), 0.0, 1.0);
    return length(p - (a + t * ab));
}
#endif

void main() {
    vec3 n = normalize(v_normal);
    if (!gl_FrontFacing) n = -n;
    vec3 to_eye = normalize(u_eye - v_world);

    vec3 albedo = u_skin_color;
    float cloth = 0.0;
    for (int zone = 0; zone < 3; ++zone) {
        float c = cover(v_outfit[zone]);
        albedo = mix(albedo, u_outfit_color[zone], c);
        cloth = max(cloth, c);
    }

#ifdef MUSCLE_TINT
    // Skin and clothes fade to a pale neutral so the worked muscles stand out in one
    // colour, like an anatomy chart.
    float left = smoothstep(-0.01, 0.01, v_bind_x);
    float tint = dot(v_muscles0, mix(u_tint_right[0], u_tint_left[0], left)) +
                 dot(v_muscles1, mix(u_tint_right[1], u_tint_left[1], left)) +
                 dot(v_muscles2, mix(u_tint_right[2], u_tint_left[2], left));
    vec3 pale = vec3(dot(albedo, vec3(0.2126, 0.7152, 0.0722))) * 0.35 + vec3(0.42);
    albedo = mix(pale * 0.8 + albedo * 0.2, u_tint_color, clamp(tint, 0.0, 1.0));
#endif

#ifdef HIGHLIGHTS
    float glow = 0.0;
    for (int i = 0; i < u_highlight_count; ++i) {
        float d = capsule_distance(v_world, u_highlight_a[i].xyz, u_highlight_b[i]);
        glow = max(glow, 1.0 - smoothstep(0.55 * u_highlight_a[i].w, u_highlight_a[i].w, d));
    }
    albedo = mix(albedo, u_highlight_color, glow * 0.8);
#endif

    float visibility = key_light_visibility(v_world, n);
    vec3 color = shade(albedo, n, to_eye, visibility, mix(0.35, 0.5, cloth), mix(0.12, 0.03, cloth));
#ifdef HIGHLIGHTS
    color += u_highlight_color * glow * 0.35; // a little light of its own, to read from afar
#endif
    o_color = vec4(tone_map(color), 1.0);
}
