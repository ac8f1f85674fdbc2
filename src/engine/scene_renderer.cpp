#include "engine/scene_renderer.h"

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/type_ptr.hpp>

namespace legwork {
namespace {

// 1024 texels over the casters' bounding sphere (about 2.5 m across): 2.5 mm each, enough
// for crisp contact shadows under feet and hands, and cheap to clear and fill on a
// software rasterizer.
constexpr int kShadowMapSize = 1024;

} // namespace

SceneRenderer::~SceneRenderer() {
    if (empty_vertex_array_) glDeleteVertexArrays(1, &empty_vertex_array_);
}

bool SceneRenderer::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!studio_.load(shader_dir, error)) return false;
    if (!copy_.load(shader_dir, "studio.vert", "copy.frag", error)) return false;
    copy_image_ = copy_.uniform("u_image");
    glGenVertexArrays(1, &empty_vertex_array_);
    if (!body_.load(shader_dir, "body.vert", "body.frag", error)) return false;
    if (!body_shadow_.load(shader_dir, "body_shadow.vert", "depth_only.frag", error)) return false;
    if (!shadow_.create(kShadowMapSize, error)) return false;

    body_lighting_.locate(body_);
    BodyUniforms& u = body_uniforms_;
    u.model = body_.uniform("u_model");
    u.view_projection = body_.uniform("u_view_projection");
    u.eye = body_.uniform("u_eye");
    u.joint_real = body_.uniform("u_joint_real");
    u.joint_dual = body_.uniform("u_joint_dual");
    u.skin_color = body_.uniform("u_skin_color");
    u.outfit_color = body_.uniform("u_outfit_color");
    u.tint_left = body_.uniform("u_tint_left");
    u.tint_right = body_.uniform("u_tint_right");
    u.tint_color = body_.uniform("u_tint_color");
    u.highlight_a = body_.uniform("u_highlight_a");
    u.highlight_b = body_.uniform("u_highlight_b");
    u.highlight_count = body_.uniform("u_highlight_count");
    u.highlight_color = body_.uniform("u_highlight_color");
    ShadowUniforms& s = body_shadow_uniforms_;
    s.model = body_shadow_.uniform("u_model");
    s.view_projection = body_shadow_.uniform("u_view_projection");
    s.joint_real = body_shadow_.uniform("u_joint_real");
    s.joint_dual = body_shadow_.uniform("u_joint_dual");
    return true;
}

bool SceneRenderer::draw(const SceneFrame& frame, const StudioLook& look, const SceneTarget& target,
                         std::string& error) {
    // A mirrored image turns every triangle's winding around, so front faces are then the
    // clockwise ones.
    const glm::mat4 flip =
        glm::scale(glm::mat4(1.0f), glm::vec3(frame.mirrored ? -1.0f : 1.0f, 1.0f, 1.0f));
    const glm::mat4 projection = flip * frame.projection;
    const glm::mat4 view_projection = projection * frame.view;

    // 1. The studio, when the camera has moved since it was kept.
    if (!studio_image_.resize(target.size(), error)) return false;
    if (view_projection != studio_image_view_projection_) {
        studio_image_.begin_drawing();
        studio_.draw(frame.view, projection, look);
        studio_image_view_projection_ = view_projection;
    }

    // 2. The casters' depth from the key light.
    const glm::mat4 light = key_light_view_projection(look.key_direction, frame.shadow_casters);
    shadow_.begin(light);
    if (frame.avatar && frame.avatar->mesh) {
        const AvatarFrame& a = *frame.avatar;
        const ShadowUniforms& s = body_shadow_uniforms_;
        glUseProgram(body_shadow_.id());
        glUniformMatrix4fv(s.model, 1, GL_FALSE, glm::value_ptr(a.model));
        glUniformMatrix4fv(s.view_projection, 1, GL_FALSE, glm::value_ptr(light));
        glUniform4fv(s.joint_real, kJointCount, glm::value_ptr(a.joint_real[0]));
        glUniform4fv(s.joint_dual, kJointCount, glm::value_ptr(a.joint_dual[0]));
        a.mesh->draw();
    }
    shadow_.end();

    // 3. The kept studio, the shadow on its floor, and what stands in it.
    target.begin_drawing();
    glDisable(GL_DEPTH_TEST);
    glUseProgram(copy_.id());
    glBindTexture(GL_TEXTURE_2D, studio_image_.texture());
    glUniform1i(copy_image_, 0);
    glBindVertexArray(empty_vertex_array_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glEnable(GL_DEPTH_TEST);
    studio_.draw_floor_shadow(frame.view, projection, look, shadow_, frame.shadow_casters);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glFrontFace(frame.mirrored ? GL_CW : GL_CCW);
    if (frame.avatar && frame.avatar->mesh) draw_avatar(frame, look, view_projection);
    glFrontFace(GL_CCW);
    glDisable(GL_CULL_FACE);
    glUseProgram(0);
    target.end_drawing();
    return true;
}

void SceneRenderer::draw_avatar(const SceneFrame& frame, const StudioLook& look,
                                const glm::mat4& view_projection) const {
    const AvatarFrame& a = *frame.avatar;
    const BodyUniforms& u = body_uniforms_;
    glUseProgram(body_.id());
    body_lighting_.set_lights(look);
    body_lighting_.set_shadow(shadow_);
    const glm::vec3 eye = glm::vec3(glm::inverse(frame.view)[3]);
    glUniformMatrix4fv(u.model, 1, GL_FALSE, glm::value_ptr(a.model));
    glUniformMatrix4fv(u.view_projection, 1, GL_FALSE, glm::value_ptr(view_projection));
    glUniform3fv(u.eye, 1, glm::value_ptr(eye));
    glUniform4fv(u.joint_real, kJointCount, glm::value_ptr(a.joint_real[0]));
    glUniform4fv(u.joint_dual, kJointCount, glm::value_ptr(a.joint_dual[0]));
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
        a.mesh->draw(part.first_index, part.index_count);
    }
}

} // namespace legwork
