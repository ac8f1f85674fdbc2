#include "core/avatar/avatar_generator.h"

#include "core/anim/pose.h"
#include "core/avatar/mannequin_outfit.h"
#include "core/avatar/mannequin_skin.h"
#include "core/avatar/mesh_decimation.h"
#include "core/avatar/muscle_map.h"
#include "core/avatar/surface_nets.h"

#include <cassert>

namespace legwork {
namespace {

// Grid spacing for the first, fine polygonization, at 1.75 m: fine enough for the thumb
// and the ears, coarse enough to take well under a second.
constexpr float kGridSpacing = 0.007f;

TriangleMesh polygonize(const MannequinShape& body) {
    const float s = body_scale(body.skeleton);
    const float spacing = kGridSpacing * s;
    glm::vec3 lo, hi;
    body.bounds(3.0f * spacing, lo, hi);
    SurfaceNetsGrid grid;
    grid.spacing = spacing;
    grid.samples = glm::ivec3(glm::ceil((hi - lo) / spacing)) + 1;
    // Samples placed symmetrically about the midline, so both sides are cut alike.
    grid.origin = {-0.5f * spacing * float(grid.samples.x - 1), lo.y, lo.z};
    SurfaceNetsResult result =
        surface_nets([&](const glm::vec3& p) { return body.distance(p); }, grid);
    assert(result.open_edges == 0 && "the body's bounds must hold all of its surface");
    return std::move(result.mesh);
}

void simplify(const MannequinShape& body, std::size_t triangles, TriangleMesh& mesh) {
    const float s = body_scale(body.skeleton);
    std::array<glm::vec3, 4> bends;
    int n = 0;
    for (Joint j :
         {Joint::leftLowerLeg, Joint::rightLowerLeg, Joint::leftLowerArm, Joint::rightLowerArm})
        bends[n++] = glm::vec3(body.bind_world[index(j)][3]);
    const float chin = body.bind_world[index(Joint::head)][3].y;
    DecimationOptions options;
    options.target_triangles = triangles;
    // Knees and elbows bend furthest: keep their triangles small so the bend is round. The
    // head is what the eye goes to: keep its outline round too.
    options.max_edge_m = [&](const glm::vec3& p) {
        float nearest = 1e9f;
        for (const glm::vec3& b : bends) nearest = glm::min(nearest, glm::distance(p, b));
        const float bend = glm::smoothstep(0.08f * s, 0.14f * s, nearest);
        const float head = glm::smoothstep(chin - 0.02f * s, chin + 0.02f * s, p.y);
        return glm::mix(0.02f * s, 0.03f * s, bend * (1.0f - head));
    };
    decimate(mesh, options);
    // Edge collapses leave vertices a little off the curved surface: put them back.
    for (glm::vec3& p : mesh.positions)
        for (int i = 0; i < 2; ++i) p -= body.distance(p) * body.normal(p);
}

// Coverage ramps linearly over the longest edge that crosses its seam, on either side, so
// no vertex of a triangle the seam crosses is clamped and the interpolated 0.5 level falls
// exactly on the seam, while the ramp stays about one triangle wide however small the
// triangles are there (the collar's are smaller than the hem's).
void outfit_coverage(SkinnedMesh& mesh, const std::vector<OutfitDepth>& depth) {
    std::array<float, kSeamCount> longest{};
    longest.fill(1e-4f);
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t a = mesh.indices[t + k], b = mesh.indices[t + (k + 1) % 3];
            const float length = glm::distance(mesh.positions[a], mesh.positions[b]);
            for (int zone = 0; zone < kOutfitZoneCount; ++zone) {
                if ((depth[a].depth[zone] > 0.0f) == (depth[b].depth[zone] > 0.0f)) continue;
                for (std::uint32_t v : {a, b}) {
                    float& l = longest[static_cast<int>(depth[v].seam[zone])];
                    l = glm::max(l, length);
                }
            }
        }
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
        for (int zone = 0; zone < kOutfitZoneCount; ++zone) {
            const float ramp = longest[static_cast<int>(depth[v].seam[zone])];
            mesh.outfit[v][zone] =
                glm::clamp(0.5f + 0.5f * depth[v].depth[zone] / ramp, 0.0f, 1.0f);
        }
}

} // namespace

SkinnedMesh generate_avatar(const AvatarShape& shape) {
    assert(shape.triangles >= 1000 && "too few triangles for a body");
    const Skeleton skeleton = make_skeleton({shape.height_m, shape.build});
    const MannequinShape body = make_mannequin_shape(skeleton, shape.build);

    TriangleMesh surface = polygonize(body);
    simplify(body, shape.triangles, surface);

    SkinnedMesh mesh;
    mesh.positions = std::move(surface.positions);
    mesh.indices = std::move(surface.indices);
    const std::size_t n = mesh.positions.size();
    mesh.normals.resize(n);
    mesh.joints.resize(n);
    mesh.weights.resize(n);
    mesh.muscles.resize(n);
    mesh.outfit.resize(n, glm::vec4(0.0f));
    const MuscleMap muscles = make_muscle_map(skeleton, body.bind_world);
    std::vector<OutfitDepth> depth(n);
    for (std::size_t v = 0; v < n; ++v) {
        const glm::vec3& p = mesh.positions[v];
        mesh.normals[v] = body.normal(p);
        const BodyGroupWeights groups = body_group_weights(body, p);
        const SkinInfluence skin = mannequin_skin(body, p, groups);
        mesh.joints[v] = skin.joints;
        mesh.weights[v] = skin.weights;
        mesh.muscles[v] = muscle_weights(muscles, p, skin.joints, skin.weights);
        depth[v] = outfit_depth(body, p, groups);
    }
    outfit_coverage(mesh, depth);

    for (int j = 0; j < kJointCount; ++j) mesh.inverse_bind[j] = glm::inverse(body.bind_world[j]);
    mesh.parts.push_back(
        {"body", 0, static_cast<std::uint32_t>(mesh.indices.size()), shape.skin_color});
    return mesh;
}

} // namespace legwork
