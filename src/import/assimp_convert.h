#pragma once
// GLM and Assimp matrices: Assimp's aiMatrix4x4 is row-major (a1..a4 the first row), GLM's
// mat4 column-major. Internal to the import library.

#include <assimp/matrix4x4.h>
#include <glm/glm.hpp>

namespace legwork {

inline aiMatrix4x4 to_assimp(const glm::mat4& m) {
    return aiMatrix4x4(m[0][0], m[1][0], m[2][0], m[3][0], m[0][1], m[1][1], m[2][1], m[3][1],
                       m[0][2], m[1][2], m[2][2], m[3][2], m[0][3], m[1][3], m[2][3], m[3][3]);
}

inline glm::mat4 to_glm(const aiMatrix4x4& a) {
    return glm::mat4(a.a1, a.b1, a.c1, a.d1, a.a2, a.b2, a.c2, a.d2, a.a3, a.b3, a.c3, a.d3, a.a4,
                     a.b4, a.c4, a.d4);
}

} // namespace legwork
