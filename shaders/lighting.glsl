// The studio's lights, shared by everything lit in it (engine/lighting_uniforms.h sets
// them): a key light from above and in front that casts the shadow, a dimmer fill from
// the other side, a rim light from behind that outlines the body against the dark
// backdrop, and ambient light from the sky above and the floor below. Colours are linear.
uniform vec3 u_key_direction;  // unit vector toward the light
uniform vec3 u_key_color;
uniform vec3 u_fill_direction;
uniform vec3 u_fill_color;
uniform vec3 u_rim_direction;
uniform vec3 u_rim_color;
uniform vec3 u_sky_color;
uniform vec3 u_ground_color;

uniform sampler2DShadow u_shadow_map;
uniform mat4 u_light_matrix;  // world to the shadow map's [0, 1] cube
uniform vec2 u_shadow_texel;  // 1 / the map's size

// Where `world_position` is in the shadow map, pushed off its surface along `normal` to
// keep surfaces facing the light from shadowing themselves; with the depth to compare.
vec3 shadow_lookup(vec3 world_position, vec3 normal) {
    vec4 p = u_light_matrix * vec4(world_position + normal * 0.012, 1.0);
    return vec3(p.xy, min(p.z, 0.9995) - 0.0015);
}

bool outside_shadow_map(vec3 p) {
    return p.x <= 0.0 || p.x >= 1.0 || p.y <= 0.0 || p.y >= 1.0;
}

// How much of the key light reaches `world_position` (0 in shadow, 1 lit), in one
// lookup that compares the four nearest texels and blends them: a penumbra a texel
// (2.5 mm) wide, enough on the body and props, where light must not leak through thin
// limbs, and cheap on a software rasterizer. For the casters themselves, which the map
// always covers.
float key_light_visibility(vec3 world_position, vec3 normal) {
    return texture(u_shadow_map, shadow_lookup(world_position, normal));
}

// A fixed disc of sample offsets (Poisson), turned per pixel so the penumbra's steps
// become fine grain instead of bands.
const vec2 kDisc[8] = vec2[](
    vec2(-0.696, 0.457), vec2(0.962, -0.195), vec2(0.519, 0.767), vec2(-0.322, -0.933),
    vec2(-0.326, -0.406), vec2(-0.840, -0.074), vec2(-0.203, 0.621), vec2(0.473, -0.480));

// The same averaged over eight lookups on a disc `radius_texels` wide (each blending four
// texels), for a soft studio shadow on the floor.
float key_light_visibility_soft(vec3 world_position, vec3 normal, float radius_texels) {
    vec3 p = shadow_lookup(world_position, normal);
    if (outside_shadow_map(p)) return 1.0;
    float angle = 6.2831853 * fract(52.9829189 * fract(dot(gl_FragCoord.xy, vec2(0.06711056, 0.00583715))));
    mat2 turn = mat2(cos(angle), sin(angle), -sin(angle), cos(angle)) * (radius_texels * u_shadow_texel.x);
    float lit = 0.0;
    for (int i = 0; i < 4; ++i) lit += texture(u_shadow_map, vec3(p.xy + turn * kDisc[i], p.z));
    // Four lookups spread over the disc settle most pixels, wholly lit or wholly shadowed;
    // only the penumbra takes the rest.
    if (lit == 0.0 || lit == 4.0) return lit * 0.25;
    for (int i = 4; i < 8; ++i) lit += texture(u_shadow_map, vec3(p.xy + turn * kDisc[i], p.z));
    return lit / 8.0;
}

// Diffuse light on a surface of colour `albedo` with unit normal `n`, seen along unit
// `to_eye`, with `visibility` of the key light. `wrap` softens the terminator (skin and
// cloth scatter light a little past it); `shine` adds a broad, faint highlight.
vec3 shade(vec3 albedo, vec3 n, vec3 to_eye, float visibility, float wrap, float shine) {
    float key = max((dot(n, u_key_direction) + wrap) / (1.0 + wrap), 0.0) * visibility;
    float fill = max((dot(n, u_fill_direction) + wrap) / (1.0 + wrap), 0.0);
    float up = 0.5 + 0.5 * n.y;
    vec3 ambient = mix(u_ground_color, u_sky_color, up);
    vec3 light = u_key_color * key + u_fill_color * fill + ambient;
    // Rim: light grazing the silhouette from behind, taking the surface's colour (a white
    // edge on dark cloth reads as a seam that is not there).
    // Powers by multiplying: on a software rasterizer pow() is a logarithm and an exponential.
    float grazing = 1.0 - max(dot(n, to_eye), 0.0);
    grazing *= grazing;
    float rim = grazing * grazing * max(dot(n, u_rim_direction), 0.0);
    vec3 h = normalize(u_key_direction + to_eye);
    float facing = max(dot(n, h), 0.0);
    float facing2 = facing * facing;
    float facing8 = facing2 * facing2 * facing2 * facing2;
    float highlight = shine * facing8 * facing8 * facing8 * visibility; // facing^24
    return albedo * (light + u_rim_color * rim) + u_key_color * highlight;
}

// Leaves colours up to 0.7 as they are and rolls brighter ones off smoothly toward 1, so
// a brightly lit shoulder keeps its shape instead of clipping to a flat patch.
vec3 tone_map(vec3 c) {
    const float knee = 0.7;
    vec3 over = max(c - knee, 0.0);
    return min(c, knee) + (1.0 - knee) * (1.0 - exp(-over / (1.0 - knee)));
}
