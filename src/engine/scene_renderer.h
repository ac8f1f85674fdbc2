#pragma once
// SceneRenderer: draws the 3D view. Each frame: the shadow casters' depth from the key
// light; then, into the scene target, the studio (kept from earlier frames while the
// camera stays put), its floor darkened by the shadow, the avatar and the props; then
// resolved, its edges smoothed when it has one sample per pixel. While the camera stays
// put, the target is drawn into only where the avatar and props were in the last frame or
// are in this one, with their shadows on the floor: the rest of its image is the same.
// Owns the shaders, the shadow map and the kept studio image; borrows the avatar's mesh.

#include "core/avatar/dual_quaternion_skinning.h"
#include "core/scene/prop_piece.h"
#include "engine/edge_smoothing.h"
#include "engine/gpu_mesh.h"
#include "engine/lighting_uniforms.h"
#include "engine/scene_target.h"
#include "engine/shadow_map.h"
#include "engine/studio.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace legwork {

inline constexpr int kMaxHighlights = 8; // shaders/body.frag

// The avatar in one frame.
struct AvatarFrame {
    const GpuMesh* mesh = nullptr;
    std::span<const MeshPart> parts; // the mesh's, with their base colours
    // Each joint's motion from the bind pose (skinning_transforms()).
    std::array<DualQuaternion, kJointCount> joints{};
    glm::mat4 model{1.0f}; // the skinned body's uniform scale (height), no rotation
    // The built-in avatar's skin as the user chose it; nothing keeps each part's own colour.
    std::optional<glm::vec3> skin_color;
    std::array<glm::vec3, kOutfitZoneCount> outfit_colors{};
    // Tinting the worked muscles: the rest of the body pales, and each MuscleRegion takes
    // the tint colour by its strength 0..1 (four per vec4), on the body's left and right.
    bool tint_muscles = false;
    std::array<glm::vec4, 3> tint_left{};
    std::array<glm::vec4, 3> tint_right{};
    glm::vec3 tint_color{0.95f, 0.30f, 0.12f};
    // Capsules around body parts to glow: ends a and b, radius in a.w.
    std::array<glm::vec4, kMaxHighlights> highlight_a{};
    std::array<glm::vec3, kMaxHighlights> highlight_b{};
    int highlight_count = 0;
    glm::vec3 highlight_color{0.95f, 0.10f, 0.06f};
};

struct SceneFrame {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    bool mirrored = false;                                   // the image flipped left to right
    const AvatarFrame* avatar = nullptr;                     // nothing: the empty studio
    std::span<const PropPiece> props;                        // in the world
    BoundingSphere shadow_casters{{0.0f, 0.9f, 0.0f}, 1.2f}; // holds everything that casts
                                                             // at every instant
    std::span<const WorldBox> body_boxes;                    // hold the avatar's parts now
};

class SceneRenderer {
public:
    // Loads the shaders from `shader_dir` and makes the shadow map. False with `error`.
    bool load(const std::filesystem::path& shader_dir, std::string& error);

    // Draws `frame` into `target`, leaving the window's framebuffer bound, and sets
    // `changed` to the pixels of the target's image that changed since the last frame:
    // while the camera, the lights and the target stay as they were, only those where
    // the avatar and props were or are now, with their shadows; else all. False with
    // `error` when the kept studio image cannot be made at the target's size.
    bool draw(const SceneFrame& frame, const StudioLook& look, const SceneTarget& target,
              PixelRegion& changed, std::string& error);
    // Makes the next draw() redraw the whole image (bench).
    void forget_last_frame() { kept_.reset(); }

private:
    struct BodyProgram;
    void draw_avatar(const SceneFrame& frame, const StudioLook& look,
                     const glm::mat4& view_projection, const BodyProgram& body) const;
    struct Kept;
    // Where this frame's avatar and props are (`now.objects`), and where it differs from
    // the last (`now.moving`: the avatar, the props that moved, or all of them unless
    // `props_kept`, and their shadows); sets each prop piece's rectangle. Returns the patch
    // of floor their shadows fall on.
    WorldBox locate(const SceneFrame& frame, const StudioLook& look, const glm::mat4& view_projection,
                    bool props_kept, Kept& now);
    // Makes the avatar's program `variant` (kBody* flags). False with `error`.
    bool load_body(int variant, std::string& error);
    // Draws the pieces of the frame's props that reach into `within` (scene pixels).
    void draw_props(const SceneFrame& frame, const StudioLook& look,
                    const glm::mat4& view_projection, const PixelRect& within);
    // The mesh that draws `piece`, and the scale that takes it from unit size to the piece's.
    const GpuMesh& prop_mesh(const PropPiece& piece, glm::vec3& scale);

    Studio studio_;
    ShadowMap shadow_;
    EdgeSmoothing edge_smoothing_;
    ImageStretch copy_; // copies between the scene's images, a region in one draw
    SceneTarget
        studio_image_; // sampled like the scene's target, so it copies sample for sample
    // What the last frame was drawn with (the kept studio image too), and where what it
    // showed was.
    struct Kept {
        const SceneTarget* target = nullptr;
        glm::ivec2 size{0, 0};
        int samples = 0;
        glm::mat4 view_projection{0.0f};
        StudioLook look;
        PixelRegion objects; // where the avatar and the props are: edges to smooth
        PixelRegion moving;  // where the avatar and the props that moved are, and their shadows
        bool same_studio(const Kept& o) const {
            return size == o.size && samples == o.samples && view_projection == o.view_projection &&
                   look == o.look;
        }
        bool same_view(const Kept& o) const {
            return same_studio(o) && target == o.target;
        }
    };
    std::optional<Kept> kept_;
    std::vector<PropPiece> kept_props_; // the last frame's, to tell which moved
    std::vector<PixelRect> piece_rects_; // where each of this frame's pieces can be
    struct BodyUniforms {
        GLint model = -1, view_projection = -1, eye = -1;
        GLint skin_color = -1, outfit_color = -1;
        GLint tint_left = -1, tint_right = -1, tint_color = -1;
        GLint highlight_a = -1, highlight_b = -1, highlight_count = -1, highlight_color = -1;
    };
    // The avatar's program in each of its variants, made when first needed: plain, with
    // the worked muscles tinted, with a mistake's body parts glowing, or both. On a
    // software rasterizer what a variant leaves out is time saved on every pixel.
    static constexpr int kBodyMuscleTint = 1;
    static constexpr int kBodyHighlights = 2;
    struct BodyProgram {
        ShaderProgram program;
        LightingUniforms lighting;
        BodyUniforms uniforms;
        bool loaded = false;
    };
    std::array<BodyProgram, 4> body_;
    std::filesystem::path shader_dir_;
    ShaderProgram body_shadow_;
    struct ShadowUniforms {
        GLint model = -1, view_projection = -1;
    } body_shadow_uniforms_;
    ShaderProgram skin_; // skins the avatar into its mesh's captured vertices
    GLint skin_joints_ = -1;

    // Props: unit shapes scaled to each piece, and rounded boxes made to measure (their
    // corners would stretch if scaled), kept as they are first needed.
    GpuMesh unit_box_, unit_sphere_, unit_cylinder_;
    struct RoundedBox {
        glm::vec3 size_m;
        float corner_radius_m;
        GpuMesh mesh;
    };
    std::vector<RoundedBox> rounded_boxes_;
    ShaderProgram prop_;
    ShaderProgram prop_shadow_;
    LightingUniforms prop_lighting_;
    struct PropUniforms {
        GLint model = -1, normal_matrix = -1, view_projection = -1, eye = -1, color = -1,
              shine = -1;
    } prop_uniforms_;
    GLint prop_shadow_model_ = -1, prop_shadow_view_projection_ = -1;
};

} // namespace legwork
