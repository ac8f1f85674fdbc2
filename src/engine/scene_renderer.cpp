#include "engine/scene_renderer.h"

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/type_ptr.hpp>

namespace legwork {
namespace {

// 1024 texels over the casters' bounding sphere (about 2.5 m across): 2.5 mm each, enough
// for crisp contact shadows under feet and hands, and cheap to clear and fill on a
// software rasterizer.
constexpr int kShadowMapSize = 1024;
// Room round what is shown for its shadow's soft edge on the floor: the floor's lookups
// spread 4 texels (about 1 cm) and the light's direction is offset along the normal.
constexpr float kShadowEdge_m = 0.05f;
// Pixels round what is shown, for rounding and antialiased edges.
constexpr int kShownMargin_px = 2;

} // namespace

bool SceneRenderer::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!studio_.load(shader_dir, error)) return false;
    shader_dir_ = shader_dir;
    for (BodyProgram& variant : body_) variant.loaded = false;
    if (!load_body(0, error)) return false;
    if (!body_shadow_.load(shader_dir, "body_shadow.vert", "depth_only.frag", error)) return false;
    constexpr const char* kSkinned[] = {"s_position", "s_normal"};
    if (!skin_.load_capture(shader_dir, "skin.vert", kSkinned, error)) return false;
    skin_joints_ = skin_.uniform("u_joints");
    if (!shadow_.create(kShadowMapSize, error)) return false;
    if (!edge_smoothing_.load(shader_dir, error)) return false;
    if (!copy_.load(shader_dir, error)) return false;

    ShadowUniforms& s = body_shadow_uniforms_;
    s.model = body_shadow_.uniform("u_model");
    s.view_projection = body_shadow_.uniform("u_view_projection");

    if (!prop_.load(shader_dir, "prop.vert", "prop.frag", error)) return false;
    if (!prop_shadow_.load(shader_dir, "prop_shadow.vert", "depth_only.frag", error)) return false;
    prop_lighting_.locate(prop_);
    PropUniforms& p = prop_uniforms_;
    p.model = prop_.uniform("u_model");
    p.normal_matrix = prop_.uniform("u_normal_matrix");
    p.view_projection = prop_.uniform("u_view_projection");
    p.eye = prop_.uniform("u_eye");
    p.color = prop_.uniform("u_color");
    p.shine = prop_.uniform("u_shine");
    prop_shadow_model_ = prop_shadow_.uniform("u_model");
    prop_shadow_view_projection_ = prop_shadow_.uniform("u_view_projection");
    unit_box_.upload(box_mesh(glm::vec3(1.0f), 0.0f));
    unit_sphere_.upload(sphere_mesh());
    unit_cylinder_.upload(cylinder_mesh());
    return true;
}

bool SceneRenderer::load_body(int variant, std::string& error) {
    BodyProgram& body = body_[variant];
    std::string defines;
    if (variant & kBodyMuscleTint) defines += "#define MUSCLE_TINT\n";
    if (variant & kBodyHighlights) defines += "#define HIGHLIGHTS\n";
    if (!body.program.load(shader_dir_, "body.vert", "body.frag", error, defines)) return false;
    const ShaderProgram& p = body.program;
    body.lighting.locate(p);
    BodyUniforms& u = body.uniforms;
    u.model = p.uniform("u_model");
    u.view_projection = p.uniform("u_view_projection");
    u.eye = p.uniform("u_eye");
    u.skin_color = p.uniform("u_skin_color");
    u.outfit_color = p.uniform("u_outfit_color");
    u.tint_left = p.uniform_if_used("u_tint_left");
    u.tint_right = p.uniform_if_used("u_tint_right");
    u.tint_color = p.uniform_if_used("u_tint_color");
    u.highlight_a = p.uniform_if_used("u_highlight_a");
    u.highlight_b = p.uniform_if_used("u_highlight_b");
    u.highlight_count = p.uniform_if_used("u_highlight_count");
    u.highlight_color = p.uniform_if_used("u_highlight_color");
    body.loaded = true;
    return true;
}

const GpuMesh& SceneRenderer::prop_mesh(const PropPiece& piece, glm::vec3& scale) {
    scale = piece.size_m;
    switch (piece.shape) {
    case PropShape::ellipsoid:
        return unit_sphere_;
    case PropShape::cylinder:
        return unit_cylinder_;
    case PropShape::box:
        break;
    }
    if (piece.corner_radius_m <= 0.0f) return unit_box_;
    scale = glm::vec3(1.0f);
    for (const RoundedBox& box : rounded_boxes_)
        if (box.size_m == piece.size_m && box.corner_radius_m == piece.corner_radius_m)
            return box.mesh;
    // A new size: made once, when an exercise with it is first shown.
    RoundedBox& box =
        rounded_boxes_.emplace_back(RoundedBox{piece.size_m, piece.corner_radius_m, {}});
    box.mesh.upload(box_mesh(piece.size_m, piece.corner_radius_m));
    return box.mesh;
}

WorldBox SceneRenderer::locate(const SceneFrame& frame, const StudioLook& look,
                               const glm::mat4& view_projection, bool props_kept, Kept& now) {
    const glm::ivec2 size = now.size;
    float receivers_top_m = 0.0f; // the props' highest point: shadows fall on them up to it
    WorldBox casters;             // all of the avatar and the props now
    for (const PropPiece& piece : frame.props) {
        const WorldBox box = world_box(piece);
        receivers_top_m = std::max(receivers_top_m, box.max.y);
        casters.add(box.min);
        casters.add(box.max);
    }
    for (const WorldBox& box : frame.body_boxes) {
        casters.add(box.min);
        casters.add(box.max);
    }
    // The body and props that moved, then their shadows: a few rectangles round the body,
    // a few round its shadow.
    PixelRegion shadows;
    const auto moving = [&](WorldBox box) {
        now.moving.add(box_pixel_rect(view_projection, box, size, kShownMargin_px));
        box.min -= kShadowEdge_m;
        box.max += kShadowEdge_m;
        shadows.add(box_pixel_rect(view_projection,
                                   shadow_box(box, look.key_direction, receivers_top_m), size,
                                   kShownMargin_px));
    };
    for (const WorldBox& box : frame.body_boxes) {
        now.objects.add(box_pixel_rect(view_projection, box, size, kShownMargin_px));
        moving(box);
    }
    piece_rects_.resize(frame.props.size());
    for (std::size_t i = 0; i < frame.props.size(); ++i) {
        const WorldBox box = world_box(frame.props[i]);
        piece_rects_[i] = box_pixel_rect(view_projection, box, size, kShownMargin_px);
        now.objects.add(piece_rects_[i]);
        if (props_kept && kept_props_[i] == frame.props[i]) continue;
        moving(box);
        if (props_kept) moving(world_box(kept_props_[i])); // and where it was
    }
    now.moving.add(shadows);
    // The patch of floor all their shadows fall on, with its soft edge.
    casters.min -= kShadowEdge_m;
    casters.max += kShadowEdge_m;
    return shadow_box(casters, look.key_direction);
}

bool SceneRenderer::draw(const SceneFrame& frame, const StudioLook& look, const SceneTarget& target,
                         PixelRegion& changed, std::string& error) {
    // A mirrored image turns every triangle's winding around, so front faces are then the
    // clockwise ones.
    const glm::mat4 flip =
        glm::scale(glm::mat4(1.0f), glm::vec3(frame.mirrored ? -1.0f : 1.0f, 1.0f, 1.0f));
    const glm::mat4 projection = flip * frame.projection;
    const glm::mat4 view_projection = projection * frame.view;

    // What changes from the last frame: only where the avatar and the props that moved
    // were and are, with their shadows, while the camera, the lights and the target stay
    // as they were. A prop that stays put (a mat, a bench) changes only where something
    // moves over it or shadows it.
    const glm::ivec2 size = target.size();
    Kept now{&target, size, target.samples(), view_projection, look, {}, {}};
    const bool props_kept = kept_ && kept_props_.size() == frame.props.size();
    const WorldBox floor_patch = locate(frame, look, view_projection, props_kept, now);
    PixelRegion drawn(target.whole());
    if (kept_ && kept_->same_view(now) && props_kept) {
        drawn = kept_->moving;
        drawn.add(now.moving);
    }
    kept_props_.assign(frame.props.begin(), frame.props.end());

    // 1. The studio, when the camera or the lights have changed since it was kept.
    if (!kept_ || !kept_->same_studio(now)) {
        if (!studio_image_.resize(size, target.samples(), error)) return false;
        studio_image_.begin_drawing(studio_image_.whole());
        studio_.draw(frame.view, projection, look);
        glDisable(GL_SCISSOR_TEST);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }

    // 2. The casters' depth from the key light.
    const glm::mat4 light = key_light_view_projection(look.key_direction, frame.shadow_casters);
    if (frame.avatar && frame.avatar->mesh) {
        // Skinned once, for the shadow and the body alike.
        glUseProgram(skin_.id());
        glUniformMatrix2x4fv(skin_joints_, kJointCount, GL_FALSE, &frame.avatar->joints[0].real.x);
        frame.avatar->mesh->capture_skinned();
    }
    shadow_.begin(light);
    if (frame.avatar && frame.avatar->mesh) {
        const AvatarFrame& a = *frame.avatar;
        const ShadowUniforms& s = body_shadow_uniforms_;
        glUseProgram(body_shadow_.id());
        glUniformMatrix4fv(s.model, 1, GL_FALSE, glm::value_ptr(a.model));
        glUniformMatrix4fv(s.view_projection, 1, GL_FALSE, glm::value_ptr(light));
        a.mesh->draw_skinned_shadow();
    }
    if (!frame.props.empty()) {
        glUseProgram(prop_shadow_.id());
        glUniformMatrix4fv(prop_shadow_view_projection_, 1, GL_FALSE, glm::value_ptr(light));
        for (const PropPiece& piece : frame.props) {
            glm::vec3 scale;
            const GpuMesh& mesh = prop_mesh(piece, scale);
            const glm::mat4 model = glm::scale(piece.transform, scale);
            glUniformMatrix4fv(prop_shadow_model_, 1, GL_FALSE, glm::value_ptr(model));
            mesh.draw();
        }
    }
    shadow_.end();

    // 3. The kept studio, what stands in it, and the shadow on its floor where it shows.
    target.begin_drawing(PixelRect{});
    target.copy_from(studio_image_, drawn, copy_);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glFrontFace(frame.mirrored ? GL_CW : GL_CCW);
    // The avatar falls within the region (it is what bounds it): drawn once, kept to the
    // region's bounds. Props that stay put reach out of it: drawn rectangle by rectangle.
    scissor_to(drawn.bounds());
    if (frame.avatar && frame.avatar->mesh) {
        const AvatarFrame& a = *frame.avatar;
        const int variant =
            (a.tint_muscles ? kBodyMuscleTint : 0) | (a.highlight_count > 0 ? kBodyHighlights : 0);
        if (!body_[variant].loaded && !load_body(variant, error)) return false;
        draw_avatar(frame, look, view_projection, body_[variant]);
    }
    if (!frame.props.empty())
        for (const PixelRect& rect : drawn.rects()) {
            scissor_to(rect);
            draw_props(frame, look, view_projection, rect);
        }
    // Last, so the floor hidden behind the avatar and props costs nothing.
    for (const PixelRect& rect : drawn.rects()) {
        scissor_to(rect);
        studio_.draw_floor_shadow(frame.view, projection, look, shadow_, floor_patch);
    }
    glFrontFace(GL_CCW);
    glDisable(GL_CULL_FACE);
    glUseProgram(0);
    // Edges to smooth are the avatar's and the props'; the floor's shadow is soft already.
    changed = target.end_drawing(edge_smoothing_, copy_, now.objects, drawn);
    kept_ = now;
    return true;
}

void SceneRenderer::draw_avatar(const SceneFrame& frame, const StudioLook& look,
                                const glm::mat4& view_projection, const BodyProgram& body) const {
    const AvatarFrame& a = *frame.avatar;
    const BodyUniforms& u = body.uniforms;
    glUseProgram(body.program.id());
    body.lighting.set_lights(look);
    body.lighting.set_shadow(shadow_);
    const glm::vec3 eye = glm::vec3(glm::inverse(frame.view)[3]);
    glUniformMatrix4fv(u.model, 1, GL_FALSE, glm::value_ptr(a.model));
    glUniformMatrix4fv(u.view_projection, 1, GL_FALSE, glm::value_ptr(view_projection));
    glUniform3fv(u.eye, 1, glm::value_ptr(eye));
    glUniform3fv(u.outfit_color, kOutfitZoneCount, glm::value_ptr(a.outfit_colors[0]));
    glUniform4fv(u.tint_left, 3, glm::value_ptr(a.tint_left[0]));
    glUniform4fv(u.tint_right, 3, glm::value_ptr(a.tint_right[0]));
    glUniform3fv(u.tint_color, 1, glm::value_ptr(a.tint_color));
    glUniform4fv(u.highlight_a, kMaxHighlights, glm::value_ptr(a.highlight_a[0]));
    glUniform3fv(u.highlight_b, kMaxHighlights, glm::value_ptr(a.highlight_b[0]));
    glUniform1i(u.highlight_count, a.highlight_count);
    glUniform3fv(u.highlight_color, 1, glm::value_ptr(a.highlight_color));
    for (const MeshPart& part : a.parts) {
        glUniform3fv(u.skin_color, 1, glm::value_ptr(a.skin_color.value_or(part.base_color)));
        a.mesh->draw_skinned(part.first_index, part.index_count);
    }
}

} // namespace legwork

namespace legwork {

void SceneRenderer::draw_props(const SceneFrame& frame, const StudioLook& look,
                               const glm::mat4& view_projection, const PixelRect& within) {
    const PropUniforms& u = prop_uniforms_;
    glUseProgram(prop_.id());
    prop_lighting_.set_lights(look);
    prop_lighting_.set_shadow(shadow_);
    const glm::vec3 eye = glm::vec3(glm::inverse(frame.view)[3]);
    glUniformMatrix4fv(u.view_projection, 1, GL_FALSE, glm::value_ptr(view_projection));
    glUniform3fv(u.eye, 1, glm::value_ptr(eye));
    for (std::size_t i = 0; i < frame.props.size(); ++i) {
        // Only the pieces that reach into the rectangle: each draw has a cost of its own.
        if (intersected(piece_rects_[i], within).empty()) continue;
        const PropPiece& piece = frame.props[i];
        glm::vec3 scale;
        const GpuMesh& mesh = prop_mesh(piece, scale);
        const glm::mat4 model = glm::scale(piece.transform, scale);
        const glm::mat3 normal_matrix = glm::transpose(glm::inverse(glm::mat3(model)));
        glUniformMatrix4fv(u.model, 1, GL_FALSE, glm::value_ptr(model));
        glUniformMatrix3fv(u.normal_matrix, 1, GL_FALSE, glm::value_ptr(normal_matrix));
        glUniform3fv(u.color, 1, glm::value_ptr(piece.color));
        // Balls and dumbbells have a little sheen; mats, bands and pads are matte.
        const bool shiny =
            piece.kind == PropKind::stabilityBall || piece.kind == PropKind::dumbbell ||
            piece.kind == PropKind::lacrosseBall || piece.kind == PropKind::peanutBall;
        glUniform1f(u.shine, shiny ? 0.25f : 0.04f);
        mesh.draw();
    }
}

} // namespace legwork
