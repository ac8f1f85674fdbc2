#pragma once
// The built-in avatar: a smooth, skinned display mannequin generated from the canonical
// skeleton, in a T-shirt, shorts and shoes, with the muscle regions marked on its skin.
//
// generate_avatar() polygonizes the mannequin's distance field (mannequin_shape.h) with
// surface nets, simplifies it with quadric edge collapses to about `triangles` (detail in
// the face, hands and feet; edges at most 2 cm on the head, knees and elbows and 3 cm
// elsewhere), puts every vertex back on the surface, and takes normals from the field. It
// then skins each vertex (mannequin_skin.h), marks muscle regions (muscle_map.h) and the
// outfit (mannequin_outfit.h). Deterministic: the same shape gives the same mesh, bit for
// bit, on the same build.
//
// The mesh is closed (every edge shared by exactly two triangles), wound counter-clockwise
// from outside, stands on y = 0 with the top of the head at the skeleton's headTop site,
// and is bound in bind_pose(make_skeleton({height_m, build})).

#include "core/avatar/body_scale.h"
#include "core/avatar/skinned_mesh.h"

#include <array>
#include <string_view>

namespace legwork {

struct AvatarShape {
    float height_m = kReferenceHeight_m;
    float build = 1.0f;                        // girth: build_girth() of an AvatarBuild
    // Target after simplification: 12k is smooth at any size on screen and light enough for
    // a software rasterizer, which pays for every small triangle twice (shadow and view).
    std::size_t triangles = 12000;
    glm::vec3 skin_color{0.58f, 0.50f, 0.42f}; // linear RGB of the "body" part
};

SkinnedMesh generate_avatar(const AvatarShape& shape = {});

} // namespace legwork
