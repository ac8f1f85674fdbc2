#include "engine/shadow_map.h"

#include <glm/gtc/matrix_transform.hpp>

namespace legwork {

glm::mat4 key_light_view_projection(glm::vec3 toward_light, const BoundingSphere& casters) {
    const glm::vec3 direction = glm::normalize(toward_light);
    // Any up that is not along the light will do; the map is square and the sphere round.
    const glm::vec3 up = std::abs(direction.y) > 0.95f ? glm::vec3(0, 0, 1) : glm::vec3(0, 1, 0);
    const float r = casters.radius_m;
    // The far plane reaches well past the casters, to the floor they shadow.
    const glm::mat4 view = glm::lookAt(casters.centre + direction * (r + 1.0f), casters.centre, up);
    const glm::mat4 projection = glm::ortho(-r, r, -r, r, 0.0f, 2.0f * r + 4.0f);
    return projection * view;
}

ShadowMap::~ShadowMap() {
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (depth_) glDeleteTextures(1, &depth_);
}

bool ShadowMap::create(int size, std::string& error) {
    glGenTextures(1, &depth_);
    glBindTexture(GL_TEXTURE_2D, depth_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_DEPTH_COMPONENT24, size, size, 0, GL_DEPTH_COMPONENT,
                 GL_UNSIGNED_INT, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_MODE, GL_COMPARE_REF_TO_TEXTURE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_FUNC, GL_LEQUAL);
    glBindTexture(GL_TEXTURE_2D, 0);

    glGenFramebuffers(1, &framebuffer_);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_TEXTURE_2D, depth_, 0);
    glDrawBuffer(GL_NONE);
    glReadBuffer(GL_NONE);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        error = "the driver refused a " + std::to_string(size) + "x" + std::to_string(size) +
                " shadow map";
        return false;
    }
    size_ = size;
    return true;
}

void ShadowMap::begin(const glm::mat4& view_projection) {
    // Clip space -1..1 to texture space 0..1, for lookups.
    const glm::mat4 to_texture = glm::translate(glm::mat4(1.0f), glm::vec3(0.5f)) *
                                 glm::scale(glm::mat4(1.0f), glm::vec3(0.5f));
    lookup_ = to_texture * view_projection;
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glViewport(0, 0, size_, size_);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
    glClear(GL_DEPTH_BUFFER_BIT);
    // Back faces cast: the lit side's own surface never shadows itself, so no acne.
    glEnable(GL_CULL_FACE);
    glCullFace(GL_FRONT);
}

void ShadowMap::end() const {
    glCullFace(GL_BACK);
    glDisable(GL_CULL_FACE);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace legwork
