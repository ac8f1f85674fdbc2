// The studio's backdrop and floor (studio.frag draws them, floor_shadow.frag darkens the
// floor where the key light is blocked). Needs lighting.glsl's light uniforms before it.
uniform vec3 u_eye;           // metres
uniform vec3 u_albedo;        // linear RGB
uniform vec3 u_zenith_color;  // linear RGB
uniform vec3 u_horizon_color; // linear RGB
uniform vec2 u_pool_m;        // x: fully lit radius, y: fall-off distance
uniform float u_fog_distance_m;
uniform float u_tile_size_m;

float tile_lines(vec2 p) {
    // Anti-aliased lines about one pixel wide at any distance.
    vec2 cell = p / u_tile_size_m;
    vec2 width = fwidth(cell);
    vec2 distance_to_line = abs(fract(cell - 0.5) - 0.5) / max(width, vec2(1e-5));
    float line = 1.0 - min(min(distance_to_line.x, distance_to_line.y), 1.0);
    // Lines vanish where they would shimmer (far away, grazing angles).
    return line * (1.0 - smoothstep(0.15, 0.6, max(width.x, width.y)));
}

vec3 backdrop(vec3 ray) {
    float height = clamp(ray.y, 0.0, 1.0);
    return mix(u_horizon_color, u_zenith_color, 1.0 - pow(1.0 - height, 3.0));
}

// The light falling on the floor at `hit` with `visibility` of the key light: the key in
// a soft pool around the avatar, and the sky.
vec3 floor_light(vec3 hit, float visibility) {
    float pool = 1.0 - smoothstep(u_pool_m.x, u_pool_m.x + u_pool_m.y, length(hit.xz));
    float diffuse = max(u_key_direction.y, 0.0); // the floor's normal is +Y
    return u_key_color * diffuse * (0.08 + 0.92 * pool) * visibility + u_sky_color;
}

// How much the floor `t` metres away fades into the backdrop.
float floor_fog(float t) { return 1.0 - exp(-max(t - 2.0, 0.0) / u_fog_distance_m); }

// The floor's colour at `hit`, `t` metres along the unit view `ray`, fully lit, fading into
// the backdrop's horizon with distance so floor and backdrop meet without a seam.
vec3 floor_color(vec3 hit, vec3 ray, float t) {
    vec3 albedo = u_albedo * (1.0 - 0.18 * tile_lines(hit.xz));
    return mix(albedo * floor_light(hit, 1.0), backdrop(ray), floor_fog(t));
}
