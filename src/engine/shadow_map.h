#pragma once
// ShadowMap: the depth of everything that casts a shadow, seen from the key light. A
// square depth texture compared in hardware (sampler2DShadow with linear filtering, so
// each lookup is already a 2x2 average), drawn into before the scene each frame.

#include "core/view/framing.h"
#include "engine/gl.h"

#include <string>

namespace legwork {

// The key light's orthographic view-projection that just holds `casters`, looking along
// -`toward_light`. Everything the casters can shadow projects inside it.
glm::mat4 key_light_view_projection(glm::vec3 toward_light, const BoundingSphere& casters);

class ShadowMap {
public:
    ShadowMap() = default;
    ~ShadowMap();
    ShadowMap(const ShadowMap&) = delete;
    ShadowMap& operator=(const ShadowMap&) = delete;

    // Allocates a `size` x `size` map. False with `error` when the driver refuses it.
    bool create(int size, std::string& error);

    // Binds the map as the render target, cleared, for casters drawn with `view_projection`.
    void begin(const glm::mat4& view_projection);
    // Unbinds it (the caller binds the next target).
    void end() const;

    GLuint texture() const { return depth_; }
    int size() const { return size_; }
    // World to the map's [0, 1] texture and depth coordinates, for lookups.
    const glm::mat4& lookup_matrix() const { return lookup_; }

private:
    GLuint framebuffer_ = 0;
    GLuint depth_ = 0;
    int size_ = 0;
    glm::mat4 lookup_{1.0f};
};

} // namespace legwork
